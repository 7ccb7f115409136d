"""German lure cues.

Sources: the BfV (Bundesamt für Verfassungsschutz) 2017 warning and brochure
"Virtuelle Spionage in sozialen Netzwerken" (fake headhunter/think-tank profiles,
paid "Gutachten", invitations to China with costs covered, request for CV and
internal details, move to other channels), and CPNI's "Think Before You Link".
Patterns run on folded text: lowercase, umlauts folded ("übernommen" → "ubernommen"),
``ß`` kept, so ``(?:ss|ß)`` spells both.
"""

from __future__ import annotations

from lureguard.lure.lexicon import Lexicon

_MSG = r"(?:wechat|whatsapp|telegram|signal|skype|viber|line|e-?mail|mail|telefon|handy)"
_STAFF = r"(?:arbeitgeber|chef|chefin|vorgesetzten?|kolleg(?:en|innen)|firma|unternehmen|institut|behorde|universitat|sicherheitsabteilung|sicherheitsbeauftragten?|niemand(?:em)?)"

LEXICON = Lexicon(
    code="de",
    name="German",
    lingua="GERMAN",
    stopwords=frozenset(
        # frequent function words, greetings and elisions (language id only)
        [
            "du",
            "dich",
            "dir",
            "dein",
            "deine",
            "es",
            "im",
            "zum",
            "zur",
            "vom",
            "als",
            "auch",
            "aber",
            "oder",
            "wenn",
            "noch",
            "nur",
            "schon",
            "kann",
            "kannst",
            "konnen",
            "konnten",
            "hast",
            "habe",
            "haben",
            "bin",
            "ware",
            "wird",
            "werden",
            "hallo",
            "danke",
            "gruß",
            "gruss",
            "grusse",
            "viele",
            "liebe",
            "lieber",
            "guten",
            "tag",
            "herr",
            "frau",
            "kein",
            "keine",
            "mich",
            "mir",
            "uns",
            "euch",
            "ihm",
            "sich",
            "diese",
            "dieser",
            "dieses",
            "nach",
            "von",
            "vor",
            "uber",
            "aus",
            "wie",
            "was",
            "wer",
            "gibt",
            "bitte",
            "heute",
            "woche",
            "nachste",
            "freundlichen",
            "der",
            "die",
            "das",
            "und",
            "sie",
            "ihre",
            "ihr",
            "ihnen",
            "mit",
            "fur",
            "ist",
            "sind",
            "wir",
            "unser",
            "unsere",
            "ich",
            "nicht",
            "ein",
            "eine",
            "einen",
            "dem",
            "den",
            "des",
            "auf",
            "zu",
            "bei",
            "wurde",
            "wurden",
            "sehr",
            "gerne",
        ]
    ),
    patterns={
        "concealment": [
            # "sagen Sie Ihrem Arbeitgeber nichts davon" (probes, sixth session)
            r"(?:erzahlen|sagen|verraten|berichten|erwahnen) sie (?:ihrem |ihren |ihrer |ihre |den |dem |der )?"
            + _STAFF
            + r"(?: \S+){0,2} nichts",
            r"(?:bitte )?(?:vorerst|zunachst|erst einmal) (?:fur sich|unter uns|vertraulich|diskret)",
            r"(?:behalten|halten) sie (?:das|dies|es)(?: \w++){0,2} (?:fur sich|unter uns|geheim|vertraulich)",
            r"unter uns",
            r"(?:bleibt|bleiben|behalten|halten) (?:sie )?(?:das|dies|es|unser (?:gesprach|austausch|kontakt))? ?(?:bitte )?(?:unter uns|vertraulich|geheim|diskret|fur sich)",
            r"(?:nicht notig|nicht notwendig|kein grund|keine notwendigkeit|besser nicht|bitte nicht|mussen nicht|brauchen nicht|ohne)(?:,)? (?:ihre?n? |ihrem |den |die |das )?"
            + _STAFF
            + r"(?: davon| daruber)?(?: zu)? (?:informieren|erzahlen|sagen|einzuweihen|einweihen|erwahnen|melden|zu informieren)",
            r"(?:ihr(?:e)? )?(?:arbeitgeber|firma|kollegen|chef) (?:muss|mussen|braucht|brauchen) (?:davon |das |es )?(?:nichts |nicht )(?:zu )?(?:wissen|erfahren)",
            r"(?:loschen|vernichten) sie (?:bitte )?(?:diese|unsere|die) (?:nachrichten?|unterhaltung|e-?mails?)",
            r"niemand (?:muss|braucht) (?:davon )?(?:zu )?(?:wissen|erfahren)",
            r"(?:inoffiziell|streng vertraulich)",
            # Handwritten DEV check (issue #4): "strictly between you and me", deleting the chat.
            r"zwischen (?:ihnen|dir|euch) und mir|zwischen uns beiden",
            r"(?:chat|chatverlauf|verlauf|nachrichten?|unterhaltung|e-?mails?)(?: \S++){0,4} (?:zu )?(?:loschen|vernichten)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"gegenuber (?:ihren |ihrem |ihrer |den |dem |der )?(?:kollegen|kolleginnen|vorgesetzten|arbeitgeber|chef|chefin|dienststelle|behorde|firma|abteilung)(?: \S+){0,2} (?:bitte )?(?:nicht|nichts|kein)",
            r"(?:erwahnen|erzahlen|sagen|berichten) sie (?:das |es |dies |davon |unsere \w+ |unser \w+ )?(?:bitte )?(?:niemandem|keinem)",
            r"(?:loschen|losche|loscht|entfernen) sie (?:\S+ ){0,2}(?:diesen|diese|dieses|unseren|unsere|unser|den|die|das) (?:\w+ )?(?:verlauf|chatverlauf|chat|nachrichten|nachricht|unterhaltung|konversation|mails?|e-mails?|austausch)",
            r"(?:nicht|ohne|vorbei|abseits) (?:\S+ ){0,3}(?:offizielle|offiziellen|offiziellem|dienstliche|dienstlichen) (?:kanale|kanalen|wege|weg)|am dienstweg vorbei",
            r"(?:vorgesetzte|vorgesetzter|chef|chefin|arbeitgeber|dienststelle|kollegen)(?: \S+){0,2} (?:vorerst |erst einmal |lieber )?nichts (?:davon )?(?:erfahrt|erfahren|wissen|mitbekommen|mitbekommt)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:arbeitgeber|firma|kollegen|chef|chefin|vorgesetzte|vorgesetzter|dienststelle|behorde) (?:muss|mussen|braucht|brauchen) (?:davon |das |es )?(?:ja |doch |auch )?(?:nichts|nicht) (?:davon )?(?:zu )?(?:wissen|erfahren|mitbekommen|mitzubekommen)",
            # Blind-written DEV corpus (twelfth session): nobody at the ministry will hear of it, no approval needed
            r"(?:niemand|keiner) (?:außer|ausser) mir|erfahrt (?:\w+ ){0,3}(?:keiner|niemand)|(?:niemand|keiner) (?:\w+ ){0,3}(?:erfahrt|wird (?:\w+ )?(?:erfahren|sehen|zu gesicht bekommen)|bekommt (?:\w+ )?mit)",
            r"(?:genehmigung|erlaubnis|freigabe|zustimmung) (?:\w+ ){0,3}(?:braucht es|brauchen sie|brauchst du|ist) (?:dafur |hierfur )?(?:nicht|keine)|keine (?:genehmigung|erlaubnis|freigabe|zustimmung) (?:\w+ ){0,2}(?:notig|erforderlich)",
        ],
        # A request for non-public material that the message forbids (lexicon.NEGATING_CUES).
        "disclaimer": [
            r"keine[nrs]? (?:\w+ )?(?:vertraulich|geheim|intern|sensibl|nicht[- ]offentlich|eingestuft)\w* (?:informationen|daten|dokumente|unterlagen|details|interna)",
            r"(?:(?<=nicht )|(?<=niemals ))(?:nach )?(?:vertraulich|geheim|intern|sensibl|nicht[- ]offentlich|eingestuft)\w* (?:informationen|daten|dokumente|unterlagen|details)",
            r"ohne (?:\w+ )?(?:vertraulich|geheim|intern|sensibl|nicht[- ]offentlich|eingestuft)\w* (?:informationen|daten|dokumente|unterlagen|details)",
        ],
        "sensitive-request": [
            r"sicherheits(?:freigabe|uberprufung|bescheid|stufe)|\bvs-nfd\b|verschlusssache",
            r"interne(?:n|s)? (?:dokumente|unterlagen|berichte|daten|informationen|praesentationen|prasentationen|spezifikationen|ablaufe|papiere)",
            r"(?:nicht[- ]?offentliche(?:n|s)?|unveroffentlichte(?:n|s)?|vertrauliche(?:n|s)?|geheime(?:n|s)?|eingestufte(?:n|s)?) (?:dokumente|unterlagen|daten|informationen|ergebnisse|berichte|projekte|details|forschung)n?",
            r"(?:namen|liste|kontaktdaten) (?:ihrer |von ihren )?(?:kollegen|teammitglieder|mitarbeiter|ansprechpartner)",
            r"organigramm",
            r"(?:technologie|produkt|entwicklungs|forschungs)[- ]?(?:roadmap|fahrplan)",
            r"wer (?:sonst )?(?:arbeitet|arbeiten) (?:bei ihnen |in ihrem team )?(?:an|daran)",
            # Red flag #13 (BfV, DGSI/DGSE): how staff are vetted; names of the people on a project.
            r"sicherheitsuberpruf\w*",
            r"namen (?:der|aller|ihrer) (?:projektbeteiligten|beteiligten|mitarbeiter\w*|kollegen|kolleginnen|verantwortlichen)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:was|alles,? was|dinge,? die|informationen,? die) (?:\S+ ){0,2}nicht (?:\S+ ){0,3}(?:offentlich|veroffentlicht|auf der (?:offentlichen )?(?:webseite|website|homepage))",
            r"welche (?:dokumente|unterlagen|dateien|systeme|daten|datenbanken|informationen|akten|berichte) (?:\S+ ){0,4}(?:zugriff|zugang)",
            r"zugriff auf (?:interne|vertrauliche|eingestufte|geheime|sensible|nicht-?offentliche) ",
            # ATT&CK T1598 (Phishing for Information): wer welche Zugriffe hat, wie die IT geschutzt ist.
            r"(?:zugriffs|zugangs|admin|administrator(?:en)?|system|netzwerk|vpn)[- ]?(?:rechte|berechtigungen|kennungen)|zugangsdaten",
            r"(?:sicherheits|uberwachungs|monitoring|firewall|it|backup|zugangskontroll)[- ]?(?:losungen|tools|werkzeuge|systeme|software|produkte|infrastruktur) (?:\S+ ){0,4}(?:im einsatz|eingesetzt|installiert)",
            r"wer (?:ist )?(?:bei ihnen |in ihrem team |dort )?(?:fur|zustandig fur|kummert sich um|verwaltet|betreut|administriert|genehmigt) (?:die |das |den )?(?:\S+ ){0,2}(?:it[- ]?sicherheit|sicherheit|infrastruktur|netzwerk|server|zugriffe?|zugange?|systeme)(?![a-z])",
            # Blind-written DEV corpus (twelfth session): a photographed slide deck, measurement data, a scoring grid, an internal note by other names
            r"abfotografier\w*|(?:fotos?|screenshots?|scans?) (?:von |der |des |vom )(?:\w+ ){0,2}(?:seiten?|prasentation\w*|folien?|unterlagen|dokument\w*|vermerk\w*|protokoll\w*)",
            r"(?:mess|roh|test|versuchs|labor|simulations)daten|ausbeutezahlen",
            r"bewertungsmatrix|bewertungsbogen|organigramm|interne\w* (?:vermerk\w*|papier\w*|unterlagen|zahlen|daten|prasentation\w*|protokoll\w*|vorlage\w*)",
        ],
        "vague-client": [
            r"(?:mein|meine|meinem|meinen|unser|unsere|unseren|unserem|ein|eine|einen|einem)(?: \w+){0,2} (?:kunde|kunden|kundin|mandant|mandanten|mandantin|auftraggeber|auftraggeberin)",
            r"im auftrag (?:eines|einer) (?:\w+ ){0,3}(?:kunden|mandanten|organisation|institution|think[- ]tank|unternehmens|firma|partners|regierung)",
            r"(?:kann|konnen|darf|durfen) (?:ihnen )?(?:den namen|die identitat|den kunden|den auftraggeber)(?: \w+)? (?:nicht|noch nicht) (?:nennen|verraten|offenlegen|mitteilen)",
            r"(?:mochte|mochten|will|wunscht) (?:anonym|ungenannt) bleiben",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:nicht|ungenannt) (?:namentlich )?(?:genannt|erwahnt|identifiziert) (?:werden|bleiben)|ungenannt bleiben",
            r"(?:think tank|stiftung|fonds|beratung|firma|investor|institut),? (?:mit dem|mit der|fur den|fur die) ich (?:\w+ )?(?:arbeite|zusammenarbeite)",
            r"meiner (?:kunden|auftraggeber|klienten|mandanten)",
        ],
        "paid-travel": [
            r"(?:flug|fluge|hotel|unterkunft|reisekosten|reise|anreise|ubernachtung|ubernachtungen)(?: und (?:\w++ ){0,2}\w++)? (?:ubernehmen|bezahlen|erstatten|zahlen|tragen|organisieren|buchen) wir",
            r"(?:flug|fluge|hotel\w*+|unterkunft|ubernachtung\w*+|reise\w*+|anreise)(?: und (?:\w++ ){0,2}\w++)? (?:sind|ist|werden|wird) (?:selbstverstandlich |naturlich |vollstandig )?(?:inbegriffen|inklusive|ubernommen|bezahlt|erstattet|gedeckt)",
            r"(?:samtliche|alle) (?:kosten|reisekosten|ausgaben|spesen) (?:tragt|tragen|ubernimmt|ubernehmen|zahlt|zahlen|erstattet|erstatten)",
            r"reise- und \w++kosten",
            r"(?:erstatten|ubernehmen|bezahlen|tragen) (?:wir )?(?:ihnen )?(?:die |alle |ihre )?(?:reise|flug|fahrt|hotel|ubernachtungs)\w*+",
            r"(?:eine |einen )?(?:kurze |kleine )?(?:reise|besuch|aufenthalt) (?:nach|in) \w++ (?:organisieren|ermoglichen|finanzieren|anbieten)",
            r"alle (?:kosten|reisekosten|ausgaben|spesen) (?:werden |sind )?(?:ubernommen|bezahlt|erstattet|gedeckt|inklusive|inbegriffen)",
            r"(?:reise|flug|hotel|ubernachtungs|aufenthalts|visa|fahrt)(?:kosten|spesen)?(?: und \w+)? (?:werden |wird |sind |ist |wurden )?(?:vollstandig |komplett |selbstverstandlich |gerne )?(?:ubernommen|bezahlt|erstattet|gedeckt|gebucht|organisiert|gestellt)",
            r"(?:ubernehmen|bezahlen|erstatten|tragen|finanzieren|organisieren|buchen) (?:wir |gerne )?(?:selbstverstandlich |gerne |vollstandig )?(?:alle |samtliche |die |ihre )?(?:reisekosten|kosten|flug|fluge|flugtickets?|hotel|unterkunft|reise|spesen|ubernachtung|anreise|visum)",
            r"kostenubernahme|kostenlose (?:reise|anreise|unterkunft)|bezahlte reise|all[- ]inclusive",
            r"(?:reise|flug|hotel)kosten",
            # Red flag #9 (NCSC/FBI, BfV): the whole trip or delegation financed.
            r"(?:ubernimmt|ubernehmen|zahlt|bezahlt|tragt|tragen|finanziert|finanzieren) (?:\w+ )?(?:die )?(?:komplette|gesamte|ganze) (?:reise|anreise|reisekosten|kosten)",
            r"(?:vollstandig|komplett|voll|ganz) (?:finanziert|bezahlt|ubernommen)",
            r"(?:geht|gehen|geht alles) auf uns",
            r"business[- ]class|first[- ]class",
            r"(?:hin- und ruckflug|ruckflug|flugticket|flugtickets)",
            r"(?:tagegeld|per diem)",
            r"(?:einladen|begrussen|empfangen) (?:nach|in) (?:unsere zentrale)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:kosten|spesen|ausgaben) (?:tragen|ubernehmen|zahlen|bezahlen) wir",
            r"auf unsere kosten",
            r"(?:fluge|flug|flugtickets?|flugkosten|hotel|hotelkosten|reisekosten|unterkunft) (?:und (?:hotel|unterkunft|fluge|flug) )?(?:bezahlen|zahlen|finanzieren)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:tickets?|fluge?|reise|hotel|aufenthalt|unterkunft|verpflegung)(?: und \w+)? (?:gehen|geht) (?:auf uns|auf unsere kosten|auf den kunden)",
            r"kummern (?:wir )?uns um (?:alles|die gesamte organisation|die ganze logistik|die logistik)|ubernehmen wir (?:alles|die gesamte organisation|die ganze logistik|die logistik)",
            r"(?:bezahlen|zahlen|ubernehmen|erstatten) (?:wir |gern )?(?:ihr|ihre|ihren) (?:ticket|tickets|flug|fluge|reise|aufenthalt|anreise)",
            r"(?:waren|sind|sein) (?:sie )?unser gast|als unser gast",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:hotel|unterkunft) (?:\S+ ){0,2}unterbringen|unterbringen (?:im|in einem) (?:\w+ )?hotel",
            # Everyday wording (eighth session): the train ticket refunded, travel free of charge, who
            # bears the costs of getting there, a travel grant.
            r"(?:erstatten|ubernehmen|bezahlen|tragen) (?:wir )?(?:ihnen )?(?:die |den |das |alle |ihre |ihren )?(?:bahn|zug|anreise|unterkunft|ubernachtung)\w*+",
            r"(?:reise|anreise|flug|fluge|unterkunft|hotel|ubernachtung\w*+)(?: und \w+)? (?:sind|ist|werden|wird) (?:fur sie )?(?:kostenlos|kostenfrei|gratis)",
            r"kosten fur (?:die |den |das )?(?:anreise|reise|flug|fluge|ubernachtung\w*+|unterkunft|hotel)(?: und \w+)? (?:tragt|tragen|ubernimmt|ubernehmen|zahlt|zahlen|erstattet|erstatten)",
            r"reise(?:kosten)?(?:zuschuss|zuschusse|stipendium|stipendien|beihilfe|pauschale)",
            r"(?:organisieren|ubernehmen|regeln|bezahlen) (?:wir )?alles fur (?:sie|dich)",
            # Blind-written DEV corpus (twelfth session): travel and lodging the host takes on, in inverted word order
            r"(?:anreise|unterkunft|fluge?|hotel|reisekosten|ubernachtung\w*|reise)(?: und \w+)? (?:ubernehmen|zahlen|bezahlen|tragen|erstatten) (?:\w+ ){0,2}(?:wir|selbstverstandlich|naturlich)",
        ],
        # A sum stated as a salary: per year or month, gross (lexicon/__init__).
        "salary-terms": [
            r"(?:jahres)?gehalt|pro (?:jahr|monat)|jahrlich|monatlich|brutto",
        ],
        # Pay with no task named: paid work, unless the message offers a job (lexicon/__init__).
        "pay-terms": [
            r"vergutung|bezahlung",
            r"(?:attraktive?s?|gro(?:ss|ß)zugige?s?|lukrative?s?|ansprechende?s?|hohe?s?|sehr gute?s?) (?:vergutung|bezahlung|entlohnung)",
        ],
        "paid-work": [
            r"(?:beauftragen|beauftragt|beauftragte|vergeben) (?:\w++ )?(?:papiere|studien|analysen|berichte|gutachten|artikel|beitrage|expertisen|kurzstudien|notizen)",
            r"(?:eine?n? )?(?:kurze?n? )?(?:analyse|studie|bericht|einschatzung|expertise|artikel|papier|kurzstudie|white ?paper)(?: \S++){1,8} (?:schreiben|verfassen|erstellen|anfertigen|liefern)",
            r"(?:studien|analysen|berichte|gutachten) fur (?:unsere|seine|ihre|einen|\w+e) (?:\w++ )?(?:kunden|auftraggeber|mandanten)",
            r"(?:vergutet|verguteten?|bezahlt|bezahlten?|entlohnt|honoriert|gut bezahlte?n?)",
            r"honorar(?:e|en|s)?|aufwandsentschadigung",
            r"(?:wir )?(?:zahlen|bezahlen|vergute[nt]?) (?:ihnen )?(?:fur|gut|gro(?:ss|ß)zugig|pro)",
            r"(?:attraktive?s?|gro(?:ss|ß)zugige?s?|lukrative?s?|ansprechende?s?|hohe?s?|sehr gute?s?) (?:honorar|aufwandsentschadigung|tagessatz|stundensatz)",
            r"(?:pro|je) (?:stunde|bericht|gutachten|artikel|seite|studie|analyse|gesprach|beitrag)(?![a-z])",
            r"(?:kurze?n?|kleine?n?|einfache?n?) (?:berichte?|gutachten|studie|studien|analysen?|artikel|einschatzung(?:en)?|expertisen?|beitrag|beitrage|memos?|notizen)",
            # Not "White Paper" alone: "unser White Paper" is a vendor's pitch.
            r"gutachten|expertise gegen",
            r"(?:bericht|studie|analyse|gutachten|einschatzung|artikel|expertise)(?:en)? (?:verfassen|erstellen|schreiben|anfertigen|liefern)",
            # A commission, not the bare word: "Berater" or "freelance" alone is a job title.
            r"(?:beratungs|berater|gutachter|freelance|freiberufliche?n?)(?:auftrag|tatigkeit|mandat|projekt|vertrag|rolle)(?:e|en)?",
            r"expertennetzwerk|expert network",
            r"(?:bezahlte|vergutete) (?:gesprache|interviews|telefonate|beratung)",
            # Red flag #8: untraceable pay (cash, crypto, money transfer).
            r"bar (?:oder (?:in |per )?\w+ )?(?:zahlen|bezahlen|auszahlen|vergutet)",
            r"(?:krypto\w*|bitcoin|western union) (?:zahlen|bezahlen|auszahlen|uberweisen)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"bereit,? (?:\S+ ){0,5}(?:zu )?(?:zahlen|bezahlen|verguten|honorieren)",
            r"(?:wurden|wurde|werden|wird|konnen|konnten|kann) (?:sie|ihnen) (?:\S+ ){0,6}(?:bezahlen|verguten|entlohnen|honorieren)",
            r"(?:zahlung|uberweisung|honorar|geld) (?:ist|wurde|wird|geht) (?:schon |bereits )?(?:unterwegs|uberwiesen|angewiesen|veranlasst|raus|freigegeben)",
            r"bar (?:ausgezahlt|bezahlt|gezahlt)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"zeit (?:\S+ ){0,2}(?:entschadigen|entlohnen|verguten|bezahlen)|(?:entschadigen|entlohnen|verguten) sie (?:\S+ ){0,3}fur ihre zeit",
            r"(?:bezahlte|bezahlter|bezahltes|vergutete|verguteter|vergutetes|honorierte|honorierter) (?:auftrag|mandat|projekt|tatigkeit|mitarbeit|einsatz|beratung|analyse|studie|gutachten)",
            r"gegen (?:honorar|bezahlung|vergutung|entgelt)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:berater|experten|autoren|gutachter)honorar(?:e|en|s)?",
            # Blind-written DEV corpus (twelfth session): payment in vouchers, cash or crypto
            r"gutschein\w*|geschenkkarte\w*|(?:in|als) bar(?![a-z])|bargeld|kryptow\w*|bitcoin",
        ],
        "flattery": [
            r"(?:expertise|erfahrung|profil|profile|fachwissen|kompetenz|kompetenzen|fachleute|experten|menschen) wie (?:ihre|ihres|ihrer|ihr|deine|sie) (?:ist|sind) (?:\w++ )?(?:selten|rar|gefragt|geschatzt|gesucht)",
            r"(?:gehoren|zahlen|sind) (?:\w++ ){0,2}zu den (?:\w+sten|fuhrenden|besten|wichtigsten)",
            r"genau (?:das|der|die|den),? (?:was|wen|die|den|der) wir (?:suchen|brauchen|benotigen)",
            r"(?:ihr|dein) (?:profil|werdegang|lebenslauf|vortrag|beitrag) (?:ist mir|hat mich|sticht|fiel mir)",
            r"(?:unter|aus) vielen (?:aufgefallen|herausgestochen|hervor)",
            r"(?:ihre|deine|ihr|dein) (?:erfahrung|expertise|arbeit|forschung|profil|werdegang|vortrag|karriere|leistung|letzter bericht|bericht|beitrag|artikel|analyse|papier)(?: \S++){0,6} (?:ist|war|sind) (?:wirklich |sehr |au(?:ss|ß)erst |besonders |absolut )?(?:bemerkenswert|beeindruckend|herausragend|hervorragend|au(?:ss|ß)ergewohnlich|exzellent|genau das)",
            r"(?:fachleute|experten|expertinnen|spezialisten|spezialistinnen|personlichkeiten|menschen)(?: \w++)? wie sie",
            r"(?:toller|gro(?:ss|ß)artiger|spannender|beeindruckender|hervorragender|inspirierender) (?:vortrag|beitrag|artikel|auftritt)",
            r"(?:wertvoll|hilfreich) fur (?:unsere|meine) (?:kunden|mitglieder|partner|leser)",
            r"(?:sehr |au(?:ss|ß)erst |wirklich |tief |ausgesprochen )?beeindruck(?:t|end|ende|enden|ender|endes)",
            r"(?:renommierte?n?r?|ausgewiesene?n?r?|anerkannte?n?r?|fuhrende?n?r?|herausragende?n?r?|hervorragende?n?r?|au(?:ss|ß)ergewohnliche?n?r?|exzellente?n?r?|bemerkenswerte?n?r?|brillante?n?r?|angesehene?n?r?|international (?:anerkannte?n?r?|renommierte?n?r?)|erstklassige?n?r?|einzigartige?n?r?) (?:experte|expertin|experten|fachmann|fachfrau|fachleute|wissenschaftler(?:in)?|forscher(?:in)?|ingenieur(?:in)?|profil|werdegang|karriere|expertise|erfahrung|ruf|kenntnisse|fachwissen|leistungen|arbeiten|beitrage|kompetenz|hintergrund|personlichkeit)",
            r"(?:einer|eine|einen) der (?:fuhrenden|besten|renommiertesten|angesehensten|bekanntesten|wichtigsten|einflussreichsten|profiliertesten)",
            r"(?:ich bewundere|wir bewundern|bewunderung|hochachtung|gro(?:ss|ß)en respekt)",
            r"ihre (?:expertise|einschatzung|sicht|perspektive|meinung|erfahrung|kenntnisse|einblicke) (?:ware|waren|ist|sind|wird) (?:fur uns )?(?:au(?:ss|ß)erst |sehr |besonders |von )?(?:wertvoll|unschatzbar|gro(?:ss|ß)em wert|hilfreich|unverzichtbar|gefragt)",
            r"(?:experten|fachleute|personlichkeiten|menschen|jemand(?:en)?) (?:ihres formats|ihres kalibers|wie sie|mit ihrem (?:ruf|profil|hintergrund))",
            r"ihres (?:formats|kalibers|rangs|ranges)",
            r"(?:handverlesen|sorgfaltig ausgewahlt|personlich ausgewahlt|exklusive?n? (?:kreis|gruppe|netzwerk|runde)|ausgewahlte?n? (?:kreis|gruppe|runde))",
            r"(?:hohe|gro(?:ss|ß)e) (?:wirkung|reichweite)|high[- ]impact",
            # Red flag #11 (CPNI, BfV): plain-words flattery in a first note.
            r"(?:ihre|deine) (?:einschatzung|expertise|sicht|erfahrung|meinung|einblicke|analyse)(?:en)?(?: \S++){0,7} (?:gold wert|goldwert|unbezahlbar|unschatzbar)",
            r"genau (?:die|der|das) (?:art|sorte|typ)(?: von)? (?:experte|expertin|experten|fachmann|fachfrau|fachleute|person|profil|mensch)",
            r"(?:leute|menschen|fachleute|experten|expertinnen|profis) (?:auf|mit|von) (?:ihrem|deinem) (?:niveau|format|kaliber)",
            r"(?:es ist mir eine|es ist uns eine|welch eine) ehre",
            r"(?:so|sehr|au(?:ss|ß)erst) (?:erfahrenen?|angesehenen?|renommierten?|erfolgreichen?|versierten?) (?:diplomat|experte|expertin|fachmann|fachfrau|beamte|beamtin|wissenschaftler)\w*",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"besser (?:\S+ ){0,2}als (?:jeder|jede|alle|sonst jemand|irgendwer)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:verfolge|verfolgen) (?:\S+ ){0,2}(?:ihre|deine) (?:arbeit|karriere|forschung|publikationen|artikel|beitrage|laufbahn) (?:\S+ ){0,3}(?:seit (?:jahren|langem|langer zeit|vielen jahren)|mit (?:gro(?:ss|ß)em |viel )?(?:interesse|bewunderung))|(?:bewundere|bewundern) (?:\S+ ){0,2}(?:ihre|deine) (?:arbeit|karriere|forschung|publikationen|artikel|beitrage|laufbahn)",
            r"ruf eilt (?:ihnen|dir) voraus|(?:ausgezeichneten|hervorragenden|exzellenten) ruf",
            r"(?:warmstens|warm|wärmstens|sehr|dringend|ausdrucklich) empfohlen",
            r"(?:kapazitat|koryphae|autoritat|instanz) (?:auf|in) (?:diesem|ihrem|dem|ihrer|der)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"so (?:gut|genau|tief|grundlich) (?:\w+ ){0,2}wie sie",
            # Blind-written DEV corpus (twelfth session): praise of a piece with words between, interest in what one read, an enrichment, a rare combination
            r"(?:ihr|ihre|ihren|ihrem|dein|deine|deinen) (?:\w+ ){0,2}(?:beitrag|vortrag|gutachten|kurzgutachten|artikel|arbeit|arbeiten|analyse|profil|werdegang|einschatzung|studie|forschung|expertise|publikation\w*|ausfuhrungen)[^.!?\n]{0,40}? (?:war|ist|sind|waren) (?:\w+ )?(?:hervorragend|herausragend|exzellent|brillant|beeindruckend|ausgezeichnet|großartig|grossartig|uberzeugend|bemerkenswert|inspirierend|genial)",
            r"(?:große|grosse|echte|wahre|enorme) bereicherung",
            r"seltene kombi\w*|(?:angetan|begeistert|beeindruckt) (?:von|uber) (?:ihre\w*|deine\w*)|von (?:ihren?|deinen?) (?:\w+ )?(?:ausfuhrungen|vortrag|beitrag|arbeit|analyse) (?:\w+ )?(?:angetan|begeistert|beeindruckt)",
            r"mit (?:großem|grossem|viel|besonderem|regem) interesse (?:gelesen|verfolgt|gehort)",
        ],
        "off-platform": [
            # asking for a number to reach the target directly (probes, sixth session)
            r"(?:nummer|telefonnummer|handynummer|mobilnummer),? (?:unter der|uber die) (?:ich|wir|man) sie (?:\w+ )?(?:erreichen|anrufen|kontaktieren)",
            r"(?:nutzen|verwenden|haben) sie (?:signal|whatsapp|wechat|telegram|threema|skype)",
            r"(?:auf|uber|per|via) \w++ (?:ware|waere|ist) es (?:vielleicht |wohl |sicher )?(?:einfacher|bequemer|leichter|praktischer)",
            r"plattform (?:ist )?(?:unpraktisch|ungeeignet|unsicher|umstandlich)",
            r"(?:per|uber|via|auf|bei|in) (?:e-?mail|mail|telefon|whatsapp|wechat|signal|telegram|skype|zoom|teams) (?:weiter\w*+|fortsetzen|fortfuhren|austauschen|besprechen|sprechen|schreiben|unterhalten|kontakt\w*+|einfacher|bequemer|leichter)",
            r"(?:ihre|deine) (?:e-?mail-?adresse|mailadresse|e-?mail|handynummer|telefonnummer|mobilnummer)",
            r"(?:erreichbar|zu erreichen) (?:uber|per|auf|via|unter)",
            r"(?:auf|uber|via|per) (?:zoom|teams|skype)",
            r"(?:meine|die) (?:adresse|e-?mail|mailadresse) (?:ist|lautet)",
            r"(?:diese|die) plattform (?:ist nicht|ist wenig|eignet sich nicht)",
            r"(?:private?n?|personliche?n?|direkte?n?) (?:e-?mail(?:-adresse)?|mailadresse|adresse|telefonnummer|nummer|handynummer|mobilnummer|kontakt(?:daten)?|kanal)",
            r"(?:au(?:ss|ß)erhalb|abseits) (?:von )?(?:linkedin|xing|dieser plattform|der plattform|dieses netzwerks)",
            r"(?:sicherere?n?|privatere?n?|diskretere?n?|direktere?n?|bequemere?n?|verschlusselte?n?) (?:kanal|weg|app|plattform|messenger|kommunikation)",
            r"(?:weiter|weitersprechen|fortsetzen|besprechen|austauschen|schreiben|kontaktieren|erreichen|sprechen|unterhalten|melden)(?: uns)?(?: sie| mich)?(?: gerne| lieber| doch)? (?:per|uber|via|auf|bei|in) "
            + _MSG,
            r"(?:per|uber|via|auf) (?:wechat|whatsapp|telegram|signal|skype|viber)",
            # Red flag #12: the messenger named as the object ("lieber Signal nehmen").
            r"(?:signal|threema|telegram|whatsapp|wechat) (?:nehmen|nutzen|verwenden|benutzen)",
            r"meine? (?:wechat|whatsapp|telegram|signal|skype|viber|handynummer|telefonnummer|private?n? (?:e-?mail|nummer|adresse)|nummer)(?:-id| id| lautet| ist)?",
            r"(?:telefonat|telefongesprach|videocall|videoanruf|videogesprach|anruf|telefonisch)",
            r"(?:personlich(?:es)? (?:treffen|kennenlernen|gesprach)|treffen (?:uns |wir uns )?(?:personlich|auf einen kaffee|zum essen|zum abendessen)|auf einen kaffee|unter vier augen)",
            r"ihre (?:handynummer|telefonnummer|private (?:e-?mail|adresse|nummer)|nummer)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:kaum|selten|fast nie|so gut wie nie|nur selten) (?:noch )?(?:hier|auf linkedin|auf dieser plattform|eingeloggt|online|rein)",
            r"(?:privaten?|personlichen?) (?:handy|mobiltelefon|smartphone|telefon|account|konto)",
            r"(?:signal|threema|whatsapp|telegram|wechat|skype|wire) (?:wechseln|umziehen|ubergehen)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"woanders (?:besprechen|reden|sprechen|weiterreden|weiterschreiben|fortsetzen)|(?:ausserhalb|au(?:ss|ß)erhalb) von linkedin",
            r"(?:auf dem|aufs|auf ihr|auf ihrem|auf ihrem privaten) (?:handy|mobiltelefon|privathandy|smartphone) (?:anrufen|erreichen|schreiben|melden)",
            r"(?:auf|unter) (?:ihrem|ihrer) (?:handy|privatnummer|mobilnummer|privaten nummer|handynummer) (?:anrufen|erreichen|schreiben)",
            # Everyday wording (eighth session): asking for a number or an address, sending by e-mail,
            # a phone call announced.
            r"(?:unter )?welche[rn]? (?:nummer|telefonnummer|handynummer|mobilnummer|e-?mail(?:-adresse)?|adresse)(?: \w+){0,3} (?:erreiche|erreichen|kontaktieren|schreiben)",
            r"(?:schicke|schicken|sende|senden|schick)(?: \S+){0,3} per (?:e-?mail|mail|whatsapp|wechat|telegram|signal|sms)(?![a-z])",
            r"(?:ich rufe|wir rufen|rufe ich|rufen wir) (?:sie|dich|euch)(?: \S+){0,3} an(?![a-z])",
            r"(?:am|per) telefon (?:ist es |geht es |ware es )?(?:einfacher|leichter|besser|schneller)",
        ],
        "information-request": [
            # "über die laufenden Projekte Ihrer Abteilung" (probes, sixth session)
            r"(?:laufenden|aktuellen|derzeitigen) (?:projekte|arbeiten|forschungsarbeiten|programme|vorhaben|aktivitaten) (?:(?:ihrer|ihres|in ihrer|in ihrem) (?:abteilung|teams?|labors?|instituts?|behorde|firma|gruppe|einheit|dienststelle)|bei ihnen)",
            r"(?:nur |lediglich |zunachst )?(?:offentliche|offentlich zugangliche|frei verfugbare) (?:informationen|quellen|daten|unterlagen)",
            r"wer (?:\S++ ){0,4}(?:arbeitet|arbeiten|beschaftigt sich) (?:noch |sonst |auch )?(?:an|mit|daran)",
            r"an welchen (?:programmen|projekten|themen|vorhaben) (?:ihr|ihre|sie|du|dein)",
            r"interne(?:n)? (?:einschatzung|einschatzungen|sicht|einblicke|informationen|perspektive)",
            r"(?:die )?(?:aktuellen|neuesten|letzten|neuen) (?:zahlen|daten|folien|ergebnisse|unterlagen|entwurfe|kennzahlen)",
            r"(?:folien|unterlagen|zahlen|daten|prasentation|entwurf|notizen) (?:teilen|schicken|senden|zukommen lassen|weiterleiten)",
            r"(?:etwas |ein wenig |ein bisschen )?mehr (?:uber|zu) (?:ihre?n?|ihrem|deine?n?|deinem) (?:aktuellen |laufenden |derzeitigen )?(?:projekte?n?|arbeit|forschung|tatigkeit|aufgaben|team|vorhaben)",
            r"(?:eine |ihre |deine )?(?:kurze |knappe )?(?:bio|biografie|vita|lebenslauf) (?:schicken|senden|zukommen lassen|mailen|ubermitteln)",
            r"(?:senden|schicken|ubermitteln|zukommen lassen|teilen|mailen)(?: sie)?(?: mir| uns)?(?: bitte)? (?:ihren |ihre |einen |den |die )?(?:aktuellen |vollstandigen |ausfuhrlichen |neuesten )?(?:lebenslauf|cv|vita|publikationsliste|werdegang|bewerbungsunterlagen)",
            r"ihr(?:en)? (?:aktuellen |vollstandigen )?(?:lebenslauf|cv|vita)",
            r"(?:details|informationen|einzelheiten|unterlagen|dokumente|angaben|einblicke) (?:zu|uber|zum|zur|bezuglich|aus) (?:ihren? |ihrem |ihrer |den |dem |der )?(?:aktuellen |laufenden |derzeitigen |internen )?(?:projekte?n?|arbeiten?|forschung|programme?n?|team|abteilung|labor|tatigkeit|aufgaben|organisation|arbeitgeber)",
            r"woran (?:arbeiten sie|sie (?:gerade |derzeit |aktuell )?arbeiten|arbeitet ihr team)",
            r"(?:erzahlen|berichten|beschreiben|erklaren) sie (?:mir |uns )?(?:doch |gerne |bitte )?(?:mehr )?(?:uber|von) (?:ihre?n? |ihrem |ihrer )(?:aktuellen |laufenden )?(?:projekte?n?|arbeit|forschung|team|tatigkeit|aufgaben)",
            r"ihre?n? (?:aktuellen|laufenden|derzeitigen) (?:projekte?n?|arbeiten|forschung|vorhaben)",
            r"(?:konnten|konnen|wurden|wollen) sie (?:mir |uns )?(?:bitte )?(?:\w+ ){0,3}(?:teilen|senden|schicken|ubermitteln|zusenden|beschreiben|erlautern|geben)",
            r"technische(?:n)? (?:spezifikationen|details|daten|unterlagen)",
            # Red flag #13/#14 (BfV, DGSI/DGSE escalation): who decides, the inside view, contacts.
            r"wer (?:in|bei) (?:ihrer|ihrem|deiner|deinem) (?:\w+ )?(?:abteilung|behorde|ministerium|haus|team|referat|dienststelle|organisation) (?:wirklich |eigentlich |tatsachlich )?(?:entscheidet|das sagen hat|zustandig ist)",
            r"entscheidungstrager\w* (?:in|bei|im) (?:ihrer|ihrem|deiner|deinem)",
            r"innensicht|insiderwissen|insider-?informationen|blick (?:hinter die kulissen|von innen)",
            r"kontakte (?:im|in der|ins|zum|zur|beim) (?:ministerium|bundestag|auswartigen amt|kanzleramt|behorde|regierung|verwaltung|ausschuss)",
            r"wie (?:ihre|deine|die) (?:behorde|abteilung|dienststelle|organisation|firma|einheit) (?:\w+ ){0,3}(?:uberpruft|sicherheitsuberpruft|auswahlt|rekrutiert|entscheidet)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:womit|woran) (?:beschaftigt sich|beschaftigen sich|arbeitet|arbeiten) (?:ihre|ihr|deine|dein|die|das) (?:\w+ )?(?:abteilung|team|referat|behorde|ministerium|haus|einheit|labor|gruppe|firma|dienststelle|leitung)",
            r"welche (?:position|linie|haltung|strategie) (?:das|die|der|ihr|ihre) (?:\w+ )?(?:ministerium|regierung|behorde|abteilung|delegation|leitung|haus|firma|vorstand|ministerin|minister)",
            r"intern (?:getroffen|entschieden|diskutiert|gesehen|bewertet|besprochen|abgestimmt|gehandhabt|geplant)",
            r"internen? (?:zeitplan\w*|abstimmung\w*|diskussion\w*|planung\w*|uberlegungen|positionen?|ablauf\w*|entscheidungs\w*|debatten?|streit\w*|umstrukturierung)",
            r"wie (?:die|ihre|deine) (?:leitung|hausleitung|fuhrung|chefetage|vorgesetzten|chefs?|chefin|ministerin|minister|direktion|geschaftsfuhrung|spitze) (?:\S+ ){0,4}(?:sieht|sehen|bewertet|bewerten|einschatzt|einschatzen|denkt|denken|plant|planen)",
            r"(?:herausfinden|rausfinden|erfahrung bringen|erfahren),? (?:wer|was|welche|wie|wann|ob)",
            r"(?:kamen|kommen|konnten) sie (?:\S+ ){0,2}an (?:den|die|das|eine?n?) (?:\w+ )?(?:entwurf|unterlagen|dokumente?|akten?|bericht|papier|liste|daten|protokoll)",
            r"(?:welcher|welche|wer) (?:ihrer|deiner|von ihren|von deinen) (?:kollegen|kolleginnen|mitarbeiter\w*) (?:betreut|bearbeitet|ist zustandig|kummert sich|arbeitet|verantwortet|leitet|macht)",
            r"(?:weitere|andere) (?:personen|kollegen|kolleginnen|leute|mitarbeiter\w*),? die (?:\S+ ){0,5}(?:offen|bereit|interessiert)",
            r"(?:weitere|andere) (?:personen|kollegen|kolleginnen|leute|mitarbeiter\w*) (?:in|aus|bei) (?:ihrem|ihrer|deinem|deiner) (?:\w+ )?(?:team|abteilung|referat|behorde|ministerium|haus|umfeld|dienststelle|organisation)",
            r"(?:schon |noch )?vor der (?:offiziellen )?(?:bekanntgabe|veroffentlichung|publikation|verkundung)|bevor (?:er|sie|es) (?:\w+ )?(?:veroffentlicht|bekanntgegeben|publiziert) wird",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:erzahlen|berichten) sie (?:mir |uns )?(?:doch |gerne |bitte )?(?:etwas |ein wenig |mehr )?(?:uber|von) (?:ihre|ihrer|ihrem|ihren) (?:rolle|position|stelle|aufgaben|funktion|tatigkeit|abteilung|behorde|referat|dienststelle|einheit)",
            r"was (?:genau )?(?:machen|tun) sie (?:dort|da|bei|in|eigentlich|genau|beruflich)",
            r"wer (?:ist|sind) (?:bei ihnen |in ihrem \w+ |in ihrer \w+ )?(?:fur|zustandig|verantwortlich)",
            r"(?:kontakt|verbindung) bringen|zusammenbringen|(?:vernetzen|bekannt machen) sie (?:mich|uns)",
            r"(?:einschatzung|meinung|sicht|ansicht|lesart) (?:zu|uber|zur|zum) (?:den |der |dem )?(?:laufenden|anstehenden|aktuellen|geplanten|kommenden|bevorstehenden|geheimen|vertraulichen)",
            r"was (?:ist|lauft|passiert|tut sich) (?:bei ihnen|in ihrem|in ihrer|im|in der) (?:\S+ ){0,2}(?:los|gerade|derzeit|aktuell|intern)",
            r"wie (?:will|wird|mochte|plant|gedenkt|sieht|reagiert) (?:ihre|ihr|die|das) (?:\w+ )?(?:behorde|ministerium|abteilung|regierung|firma|leitung|haus|team|dienststelle|organisation)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"wissen sie,? (?:wer|was|welche|welcher|welches|wie|ob|wann|warum|wo)",
            r"(?:etwas|was|details),? (?:das|was) sie (?:\S+ ){0,3}(?:sagen|erzahlen|teilen|verraten|weitergeben) (?:konnen|konnten|durfen|durften)",
            r"was (?:ihre|ihr|die|das) (?:\w+ )?(?:behorde|ministerium|abteilung|regierung|leitung|haus|dienststelle|referat|arbeitgeber|chef|chefin|ministerin|minister) (?:\S+ ){0,4}(?:halt|denkt|plant|vorhat|sieht)",
            r"(?:stimmung|klima|laune) (?:\S+ ){0,2}(?:in|bei|im) (?:ihrer|ihrem|ihren|deiner|deinem)",
            # Blind-written DEV corpus (twelfth session): which systems and makers, where the ministries disagree, introductions to colleagues
            r"welche\w* (?:systeme|hersteller|projektstand|vorhaben|programme|projekte)",
            r"(?:ressorts?|ministerien|hauser) (?:noch )?(?:uneins|uneinig|streiten)|bevor (?:\w+ ){0,3}(?:bekannt|veroffentlicht|offentlich)\w*",
            r"(?:miteinander )?bekannt machen|(?:den )?kontakt (?:zu (?:ihm|ihr|ihnen|ihrem|ihrer)|herstellen)",
        ],
        "secrecy": [
            r"anonym (?:bleiben|zu bleiben)",
            r"vertraulich(?:e|en|er|es|keit)?|diskret(?:e|en|ion)?|verschwiegenheit|stillschweigen",
            r"geheimhaltung(?:svereinbarung)?|(?<![a-z])nda(?![a-z])",
            r"(?:privater|inoffizieller|personlicher) (?:basis|ebene|natur)|auf privater basis",
            r"(?:sensible|heikle|delikate) (?:angelegenheit|thema|sache|frage)",
            # Red flag #12 (BfV): the new channel or payment sold as "more discreet/safer for us".
            r"diskreter|sicherer fur (?:uns|beide)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"streng (?:personlich|privat)",
            r"(?:im stillen|ohne aufsehen|ganz leise)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:nichts|nicht) (?:\S+ ){0,3}schriftlich",
            # Blind-written DEV corpus (twelfth session): approaching people without naming who sent them, a platform said to be read by others
            r"ohne (?:zu )?(?:erwahnen|verraten|sagen|nennen)|ohne (?:ihren|deinen) namen",
            r"(?:auf|bei) linkedin lesen (?:zu )?viele mit|(?:linkedin|hier|diese plattform) ist (?:nicht|kaum) (?:sicher|privat|vertraulich)",
        ],
        "urgency": [
            r"(?:antwort|ruckmeldung|zusage|entscheidung) (?:bis|vor|innerhalb)",
            r"(?:bis|vor) (?:nachsten|nachster|kommenden|zum nachsten|ende des|ende der) (?:montag|dienstag|mittwoch|donnerstag|freitag|woche|monats)",
            r"diese woche",
            r"(?:die )?(?:frist|zeit|deadline) (?:ist )?(?:recht |sehr |leider |ziemlich )?(?:knapp|kurz|eng)",
            r"(?:knappe|kurze|enge) (?:frist|deadline)",
            r"(?:bis|vor) (?:dienstag|mittwoch|donnerstag|samstag|sonntag|nachste woche|zum \d{1,2})",
            r"(?:eile|zeitdruck|eilt)",
            r"(?:baldige|schnelle|rasche|zeitnahe) (?:antwort|ruckmeldung|ruckmeldungen|zusage)",
            r"(?:platze|pl[aä]tze|teilnehmerplatze) sind (?:begrenzt|limitiert)",
            r"bescheid (?:geben|sagen)",
            r"dringend(?:e|en|er|es)?|eilig|eilt",
            r"(?:so schnell wie moglich|schnellstmoglich|umgehend|sofort|unverzuglich|zeitnah|moglichst bald|baldmoglichst)",
            r"(?:innerhalb (?:von )?|in den nachsten )(?:\d+|24|48|72|zwei|drei|wenigen) (?:stunden|tagen)",
            r"(?:bis|vor) (?:morgen|heute abend|ende der woche|freitag|montag)",
            r"(?:nur noch wenige|begrenzte) (?:platze|pl[aä]tze|platzen)|letzte chance|nicht verpassen",
            r"(?:frist|deadline) (?:ist |endet )?(?:bald|morgen|heute)",
            r"schnelle (?:antwort|ruckmeldung|entscheidung)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:antwort|ruckmeldung|entscheidung|zusage) (?:bis )?(?:heute|morgen)",
            r"(?:wartet|warten) nicht",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"spatestens|allerspatestens",
            r"(?:ziemlich |recht |sehr |etwas )?(?:drangend|eilt sehr)",
            # Everyday wording (eighth session): a deadline days away, an hour to submit by.
            r"(?:frist|deadline|abgabefrist|anmeldefrist|einsendeschluss) (?:endet|lauft ab|ist) (?:schon |bereits )?(?:nachste woche|nachsten \w+|morgen|heute|bald|diese woche|am \w+|in \w+ tagen)",
            r"(?:bis|vor) \d{1,2}(?:[.:]\d\d)? uhr (?:\w+ )?(?:abgeben|einreichen|schicken|senden|antworten|bestatigen|zuruckmelden|melden|liefern|fertig|erledigen|zuruck)",
            r"(?:kannst du|konnen sie|konntest du|konnten sie|kannst du mal) (?:\w+ ){0,2}heute (?:\w+ ){0,2}\w+ ?\?",
        ],
        "job-offer": [
            r"(?:eine |die )?neue (?:herausforderung|aufgabe|position|stelle|rolle)",
            r"(?:eine?|die) (?:\w++ ){0,2}(?:position|stelle|rolle|funktion) als",
            r"(?:zu ihrem|zu deinem|auf ihr|auf dein) profil (?:passt|passen)",
            r"passt (?:gut |perfekt |genau )?zu ihrem (?:profil|werdegang|hintergrund)",
            r"sucht (?:eine?n?|eine/n|einen/eine|erfahrene|fur)",
            # Natural phrasing (issue #4): "unser Kunde stellt gerade ein" (separable verb).
            r"(?:stellt|stellen) (?:gerade |derzeit |aktuell )?(?:neue (?:leute|mitarbeiter\w*) )?ein(?![a-z])",
            r"(?:stellen|job|karriere|berufliche?)(?:angebot|chance|moglichkeit|perspektive|wechsel)(?:e|en)?",
            r"(?:offene|vakante|neue|spannende|interessante|attraktive|unbefristete|leitende) (?:stelle|position|rolle|fuhrungsposition|vakanz)",
            r"(?:wir suchen|ich suche|suchen wir|wir stellen ein|stellt ein|besetzen)",
            r"(?:headhunter(?:in)?|personalberater(?:in)?|personalberatung|recruiter(?:in)?|executive search|talent acquisition|direktansprache)",
            r"(?:gehalt|vergutungspaket|jahresgehalt|festanstellung|unbefristet|sozialleistungen|firmenwagen)",
            r"(?:offen|interessiert) (?:fur|an) (?:eine |einer |neue )?(?:neuen? )?(?:position|rolle|stelle|herausforderung|veranderung|wechsel)",
            r"bewerbung|bewerben",
            # Working conditions of a salaried post (remote days), not of a paid task.
            r"home-?office|mobiles arbeiten",
            r"(?:unser|ihr) (?:\w+ ){0,2}team (?:verstarken|erganzen)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:berater|beirats|aufsichtsrats|vorstands)(?:rolle|position|posten|mandat|sitz|stelle)",
            r"(?:sitz|platz|posten|mandat) (?:im|in unserem|in einem) (?:\w+ )?(?:beirat|aufsichtsrat|vorstand|gremium|ausschuss)",
            r"interesse an (?:einer |einem |der |dem )?(?:\w+ )?\w*(?:rolle|position|stelle|posten|mandat|aufgabe)(?![a-z])",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:stelle|position|rolle|posten) als",
        ],
        "event-invitation": [
            # Everyday organiser wording (eighth session).
            r"einladen,? (?:\w+ ){0,3}(?:zu sprechen|einen vortrag zu halten|vorzutragen|teilzunehmen)",
            r"(?:konferenz|tagung|forum|symposium|workshop|gipfel|kongress|seminar|sommerschule|woche) findet (?:\S+ ){0,4}statt",
            r"organisiere(?:n)? (?:das|die|den|ein|eine|einen) (?:\S+ ){0,3}\w*(?:forum|konferenz|tagung|symposium|workshop|gipfel|kongress|seminar|sommerschule)(?![a-z])",
            # the separable verb: "wir laden Sie herzlich zu … ein" (probes, sixth session)
            r"(?:laden|lade) (?:sie|dich|euch) (?:herzlich |gerne |gern |hiermit |ganz )*(?:zu|zum|zur|nach|an|auf)",
            r"(?:runde[nr]? tisch(?:e|es)?|rundtischgesprach|podium(?:sdiskussion)?|panel(?:diskussion)?)",
            r"(?:programmkomitee|programmausschuss|organisationskomitee)",
            r"als (?:sprecher|redner|referent|panelist|diskutant|gast)(?:in|innen)?",
            r"(?:kommst du|kommen sie|nehmen sie|nimmst du) (?:zum|zur|an)",
            r"(?:sind|bist|seid) (?:herzlich )?(?:zu|zur|zum) (?:\S++ ){0,6}eingeladen",
            r"(?:teilnehmen|mitwirken|sprechen) (?:am|an einem|an der|beim|bei der)",
            r"(?:einladen|einladung|eingeladen|laden sie) (?:sie )?(?:herzlich )?(?:als |zu |zur |zum |ein,? )?(?:\w+ ){0,3}(?:konferenz|tagung|vortrag|seminar|workshop|forum|podiumsdiskussion|symposium|gipfel|webinar|kongress|veranstaltung|redner(?:in)?|referent(?:in)?|keynote|runden tisch|gesprachsrunde|kolloquium)",
            r"(?:unser|unsere|unserem|unseren|unserer|kommende[nmr]?|nachste[nmr]?|diesjahrige[nmr]?) (?:\w++ ){0,2}(?:konferenz|tagung|seminar|workshop|forum|podiumsdiskussion|symposium|gipfel|webinar|kongress|fachtagung|kolloquium|ringvorlesung|gastvortrag|vortragsreihe)(?:en|s)?",
            r"(?:keynote|hauptredner(?:in)?|gastredner(?:in)?|referent(?:in)?|redner(?:in)?|vortragende(?:r)?|gastvortrag)",
            r"(?:call for papers|aufruf zur einreichung)",
            r"(?:einen |einem )?vortrag (?:halten|zu halten)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:studienreise|delegationsreise|informationsreise)\w*",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:abendessen|mittagessen|empfang|besuch|treffen|austausch|gesprachsrunde|forum|delegation|veranstaltung|reise) (?:\S+ ){0,6}(?:einladen|begleiten|begrussen)",
            r"(?:unserem|unserer|unseren) (?:\w+ )?(?:forum|empfang|treffen|veranstaltung|tagung|konferenz) (?:\S+ ){0,3}(?:begrussen|empfangen|willkommen heissen|sehen)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:organisieren|veranstalten|planen|richten) (?:\w+ ){0,2}(?:einen|eine|ein) (?:\S+ ){0,2}(?:workshop|seminar|konferenz|tagung|forum|runden tisch|gesprachsrunde|symposium|dialog|abendessen|gipfel)",
            # Natural phrasing (issue #4): the invitation stated by what the guest will do:
            r"(?:teilnahme|anwesenheit|anmeldung|zusage) (?:\S+ ){0,3}bestatigen|bestatigen sie (?:\S+ ){0,2}(?:teilnahme|anmeldung)",
            r"(?:halten|geben) (?:sie )?(?:nur |lediglich |bloss )?(?:einen|ein) (?:\w+ )?(?:vortrag|impulsvortrag|referat|grusswort)",
            r"(?:seminar|workshop|konferenz|tagung|forum|symposium|gipfel|delegation\w*) (?:\S+ ){0,3}(?:holen|einladen|einfliegen)",
            # Blind-written DEV corpus (twelfth session): a closed expert meeting, a fireside evening, an invitation closed by its verb
            r"expertentreffen|gesprachskreis\w*|kaminabend\w*|kamingesprach\w*|fachgesprach\w*|hintergrundgesprach\w*",
            r"(?:nicht[- ]offentlich\w*|geschlossen\w*|exklusiv\w*|vertraulich\w*) (?:\w+ )?(?:treffen|runde|workshop|roundtable|abendessen|seminar|tagung|forum)",
            r"(?:ladt|laden|lade|luden) (?:\S+ ){0,8}ein(?=[.!,;]|$)",
        ],
    },
)
