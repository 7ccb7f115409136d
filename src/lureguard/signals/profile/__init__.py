"""Profile signals: how an account's profile hangs together (never where it says it is)."""
