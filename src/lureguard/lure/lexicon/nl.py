"""Dutch lure cues (basic coverage, as for Italian).

Sources: the AIVD/MIVD warnings on approaches through LinkedIn (fake recruiters and
consultants asking Dutch scientists and civil servants for "a short report" against a
fee, then moving to WhatsApp) and CPNI's "Think Before You Link" cues translated.
Written from those cues, not from any generator's phrasing. Folded text: no accents.
Every lexicon runs on every text, so words Dutch shares with English or German ("workshop",
"keynote", "recruiter", "contact via email", "all-in") are left to those lexicons: here they
would change what an English job advert or seed text says.
"""

from __future__ import annotations

from lureguard.lure.lexicon import Lexicon

LEXICON = Lexicon(
    code="nl",
    name="Dutch",
    lingua="DUTCH",
    stopwords=frozenset(
        # frequent function words and greetings (language id only); not "u", which is "you" in
        # English texting ("thank u"): it made 49 of 5,572 English SMS read as Dutch
        [
            "het",
            "een",
            "van",
            "ik",
            "uw",
            "jij",
            "jouw",
            "wij",
            "ons",
            "onze",
            "met",
            "voor",
            "niet",
            "dat",
            "dit",
            "deze",
            "zijn",
            "heeft",
            "hebben",
            "kunt",
            "kunnen",
            "zou",
            "graag",
            "groet",
            "groeten",
            "groetjes",
            "hartelijke",
            "vriendelijke",
            "bedankt",
            "dank",
            "beste",
            "hoi",
            "goedemiddag",
            "goedemorgen",
            "geachte",
            "ook",
            "maar",
            "naar",
            "bij",
            "nog",
            "wel",
            "veel",
            "jullie",
        ]
    ),
    patterns={
        "concealment": [
            r"tussen ons(?: tweeen)?(?! en)",
            r"onder ons gezegd",
            r"(?:hoeft|hoef|hoeven) (?:uw|je|jouw) (?:werkgever|baas|leidinggevende|manager|collega'?s|organisatie|instelling) (?:hier )?(?:niet|niets) (?:van )?(?:te )?(?:weten|informeren|in te lichten|te vertellen|op de hoogte te brengen)",
            r"(?:zonder|buiten) (?:medeweten van |het medeweten van )?(?:uw|je|jouw) (?:werkgever|baas|leidinggevende|manager|collega'?s|organisatie)",
            r"(?:verwijder|verwijdert|wis|wist) (?:deze|dit|onze|de) (?:berichten|bericht|chat|chats|conversatie|gesprek|e-?mails?)",
            r"(?:houd|hou|houdt|houden) (?:dit|het|dat|ons (?:contact|gesprek)) (?:graag |liever |even )?(?:voor (?:uzelf|jezelf)|onder ons|stil|geheim|prive|vertrouwelijk)",
            r"(?:dit|het|dat|ons contact|ons gesprek) (?:graag |liever |strikt )?vertrouwelijk (?:houden|behandelen|blijven)",
        ],
        "sensitive-request": [
            r"verklaring van geen bezwaar|veiligheidsmachtiging|veiligheidsonderzoek",
            r"(?:interne|vertrouwelijke|gerubriceerde|geclassificeerde|niet[- ]openbare|ongepubliceerde) (?:documenten|stukken|gegevens|informatie|rapporten|notities|concepten|plannen|specificaties|presentaties)",
            r"(?:namen|lijst|contactgegevens) (?:van )?(?:uw |je |jouw )?(?:collega'?s|teamleden|medewerkers)",
            r"organogram",
            r"wie (?:er )?(?:in|bij) (?:uw|je|jouw) (?:team|afdeling|groep|organisatie) (?:werkt|werken) aan",
        ],
        "vague-client": [
            r"(?:mijn|onze|een van onze|een) (?:\w+ ){0,2}(?:klant|klanten|client|clienten|opdrachtgever|opdrachtgevers)",
            r"(?:namens|in opdracht van) (?:een|mijn|onze) (?:\w+ ){0,3}(?:klant|client|opdrachtgever|organisatie|instelling|denktank|bedrijf|partner|overheid)",
            r"(?:kan|kunnen|mag|mogen) (?:de naam|de identiteit|wie)(?: \w+){0,3} (?:niet )?(?:noemen|vertellen|bekendmaken|prijsgeven)",
            r"(?:wil|wenst) (?:graag )?anoniem blijven",
        ],
        "paid-travel": [
            r"(?:alle )?(?:reis|reis- en verblijfs?|verblijfs?)kosten (?:worden |zijn )?(?:volledig )?(?:vergoed|betaald|gedekt|voor onze rekening)",
            r"(?:reis|vlucht|vliegticket|vliegtickets|hotel|verblijf|accommodatie)(?: en \w+)? (?:wordt |worden |is |zijn )?(?:volledig )?(?:vergoed|betaald|geregeld|verzorgd|voor onze rekening)",
            r"(?:wij |we )?(?:vergoeden|betalen|regelen|verzorgen) (?:alle |uw |je |de )?(?:reis|reiskosten|kosten|vlucht|vliegticket|hotel|verblijf)",
            r"alles (?:wordt |is )?(?:betaald|vergoed|geregeld|verzorgd)",
            r"(?:vergoeding|tegemoetkoming) (?:voor|van|in) (?:uw |je |de )?(?:reis|reiskosten|reis- en verblijfs?kosten|verblijfs?kosten)",
        ],
        # Pay with no task named: paid work, unless the message offers a job (lexicon/__init__).
        "pay-terms": [
            r"(?:aantrekkelijke|royale|goede|marktconforme) (?:vergoeding|beloning|honorering)",
        ],
        "salary-terms": [
            r"salaris|per jaar|jaarsalaris|bruto|brutojaar\w*|per maand",
        ],
        "paid-work": [
            # "vergoeding" is also a reimbursement ("een vergoeding voor uw reiskosten"): a fee is one of
            # an amount, or for a piece of work
            r"(?:vergoeding|honorarium|fee) van (?:eur|€|\$|usd|\d)",
            r"(?:vergoeding|honorarium|fee) voor (?:een |uw |je |het )?(?:kort |korte )?(?:rapport|verslag|analyse|advies|bijdrage|gesprek|interview|paper|notitie|presentatie|opdracht)",
            r"(?:wij |we )?(?:bieden|betalen) (?:u |je )?(?:een )?(?:honorarium|fee)",
            r"(?:betaalde|bezoldigde|goed betaalde) (?:opdracht|opdrachten|rapport|rapporten|analyse|analyses|studie|consultancy|advies)",
            r"(?:kort|korte|klein|kleine) (?:rapport|rapporten|verslag|analyse|notitie|studie|paper) (?:over|voor|van|schrijven)",
            r"(?:schrijven|opstellen|maken) (?:van )?(?:een )?(?:kort |korte )?(?:rapport|verslag|analyse|notitie|studie|paper)",
            r"honorarium|adviesvergoeding|consultancyvergoeding",
        ],
        "flattery": [
            r"(?:zeer |erg |bijzonder )?(?:onder de indruk|geimponeerd)",
            r"(?:uw|je|jouw) (?:expertise|deskundigheid|ervaring|profiel|werk|onderzoek|staat van dienst|carriere)(?: \w+){0,8} (?:is|zijn) (?:werkelijk |echt |bijzonder |zeer )?(?:indrukwekkend|uitzonderlijk|uniek|zeldzaam|uitstekend|opmerkelijk)",
            r"(?:indrukwekkende|uitzonderlijke|unieke|zeldzame|gerenommeerde) (?:expertise|deskundigheid|ervaring|staat van dienst|reputatie|carriere)",
            r"(?:een van de|een der) (?:meest|best|toonaangevende|vooraanstaande|leidende) (?:experts|deskundigen|specialisten|onderzoekers)",
            r"precies (?:het profiel|de expert|wie|wat) (?:dat |die )?(?:we|wij) (?:zoeken|nodig hebben)",
        ],
        "off-platform": [
            r"prive-?(?:e-?mail|mailadres|e-?mailadres|nummer|telefoonnummer|adres)",
            r"(?:prive|persoonlijk|persoonlijke|direct|directe) (?:e-?mail|mailadres|e-?mailadres|nummer|telefoonnummer|adres)",
            r"(?:buiten) (?:linkedin|dit platform)",
            r"(?:verder|doorpraten|praten|bellen|chatten|spreken|toevoegen|appen)(?: \w+){0,2} (?:via|op|over) (?:wechat|whatsapp|telegram|signal|skype|e-?mail|telefoon)",
            r"(?:mijn|m'n) (?:wechat|whatsapp|telegram|signal|nummer|mobiele nummer)",
            r"(?:telefonisch|videogesprek|belafspraak)",
        ],
        "information-request": [
            r"(?:stuur|stuurt|sturen|deel|deelt|delen|mailen|mail)(?: me| mij| ons)? (?:uw |je |jouw )?(?:bijgewerkte |actuele )?(?:cv|curriculum)",
            r"(?:kunt|kun|zou|wilt|wil) (?:u|je) (?:mij |me |ons )?(?:[\w,-]+ ){0,12}(?:delen|sturen|toesturen|beschrijven|toelichten)",
            r"(?:waar|waaraan) (?:werkt|werken) (?:u|je|jullie) (?:momenteel |nu |op dit moment )?(?:aan)?",
            r"(?:details|informatie|documenten|gegevens) (?:over|van) (?:uw|je|jouw) (?:projecten|project|werk|onderzoek|team|programma)",
        ],
        "secrecy": [
            # "niet-vertrouwelijk" (non-confidential) is the opposite
            r"(?<!niet-)(?<!niet )vertrouwelijk(?:e|heid)?|discreet|discretie|geheimhouding(?:sverklaring)?",
            r"(?<![a-z])nda(?![a-z])",
        ],
        "urgency": [
            r"(?:zo snel|zo spoedig) mogelijk|dringend|spoed|(?:voor|uiterlijk) (?:morgen|vrijdag|maandag|eind van de week|het einde van de week)",
            r"(?:antwoord|reactie|bevestiging) (?:voor|uiterlijk|binnen) (?:\w+ ){0,2}(?:nodig|graag)",
        ],
        "job-offer": [
            r"vacatures?|(?:functie|positie) als",
            r"(?:nieuwe|mooie|interessante|uitdagende) (?:uitdaging|baan|functie|kans|carrierestap|positie)",
            r"(?:wij|we|ik) (?:zoeken|zoek|werven) (?:een|naar een)|(?:zijn|is) op zoek naar (?:een|u)",
            r"sollicit\w+|arbeidsvoorwaarden|werving en selectie",
        ],
        "event-invitation": [
            r"(?:nodigen|nodig) (?:wij |we |ik )?(?:u|je) (?:graag )?uit",
            r"(?:uitnodiging|uitnodigen) (?:voor|om|als)",
            r"spreker|spreekster|panellid",
            # Dutch words only: "workshop", "symposium" are shared with other languages, where their
            # own lexicons decide what counts
            r"conferentie|rondetafel(?:gesprek)?|studiedag",
        ],
    },
)
