"""Language-neutral cues: messenger names and their transliterations, contact handles.

Source: CPNI "Think Before You Link" and the DGSI/DGSE 2018 note both name the move
to WeChat/WhatsApp/Skype/encrypted apps or personal e-mail as a key step; Chinese
spellings (微信, VX/V信) are how WeChat is written to dodge keyword filters.
"""

from __future__ import annotations

from lureguard.lure.lexicon import Lexicon

_WEBMAIL = (
    r"gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail"
    r"|pm|tutanota|tuta|qq|163|126|yeah|sina|sohu|aliyun|foxmail|139|yandex|mail|gmx|web|orange"
    r"|free|laposte|wanadoo|libero|naver|daum"
)

LEXICON = Lexicon(
    code="xx",
    name="language-neutral",
    lingua="",
    patterns={
        "messenger": [
            r"we[ .-]?chat",
            r"weixin",
            r"微\s?信|威信|薇信|v信|vx号|加微",
            r"(?<![a-z0-9])(?:vx|wx)(?:\s?id)?\s?[:：]",
            r"(?:add|my|mon|meine?|mi|il mio|ajoute[zr]?-?moi sur|adde?) (?:vx|wx)(?![a-z])",
            r"whats[ .-]?app",
            r"(?<![a-z])wa\.me/",
            r"telegram",
            r"(?<![a-z])t\.me/",
            r"(?:on|via|over|through|sur|par|uber|auf|per|su|por|en|in) signal(?![a-z-])",
            r"signal(?: app| messenger| number| handle| id| chat|\s?[:：])",
            r"skype(?:\s?id)?",
            r"viber",
            r"kakao\s?talk",
            r"line (?:id|app)(?![a-z])",
            r"(?:auf|on|sur|via|per|su|en) line(?:\s?[:：]|(?= (?:hinzu|wechseln|add|ajout|continu|weiter)))",
            r"(?<![a-z.@])qq(?:号|\s?(?:id|number|numero|nummer))?(?:\s?[:：])",
            r"threema|wickr|session app|element app",
        ],
        "personal-contact": [
            r"[a-z0-9._%+-]{1,64}@(?:"
            + _WEBMAIL
            + r")\.(?:com|net|me|ch|de|fr|cn|ru|it|es|org|co\.uk|com\.cn)(?![a-z])",
            r"(?<![\w+])\+\s?(?:\d[\s.()-]?){8,14}\d(?!\d)",
            r"(?<!\d)00\s?(?:86|7|98|850|852|853)[\s.-]?\d(?:[\s.-]?\d){6,11}(?!\d)",
            r"(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)",
        ],
        # Sums of money in any language (one pattern, not one per lexicon: a number is
        # a candidate start in every message, so each extra pattern costs everywhere). A sum
        # called a salary is no fee (lexicon/__init__).
        "money-sum": [
            r"(?:usd|us\$|\$|eur|€|£|gbp|chf)\s?\d[\d,. ]*k?(?![\d])",
            r"\d[\d .,]*\s?k?\s?(?:usd|eur|euros?|dollars?|dollari|dolares|€|£|\$|pounds|gbp|chf|franken)",
        ],
    },
)
