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
        [
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
            r"unter uns",
            r"(?:bleibt|bleiben|behalten|halten) (?:sie )?(?:das|dies|es|unser (?:gesprach|austausch|kontakt))? ?(?:bitte )?(?:unter uns|vertraulich|geheim|diskret|fur sich)",
            r"(?:nicht notig|nicht notwendig|kein grund|keine notwendigkeit|besser nicht|bitte nicht|mussen nicht|brauchen nicht|ohne)(?:,)? (?:ihre?n? |ihrem |den |die |das )?"
            + _STAFF
            + r"(?: davon| daruber)?(?: zu)? (?:informieren|erzahlen|sagen|einzuweihen|einweihen|erwahnen|melden|zu informieren)",
            r"(?:ihr(?:e)? )?(?:arbeitgeber|firma|kollegen|chef) (?:muss|mussen|braucht|brauchen) (?:davon |das |es )?(?:nichts |nicht )(?:zu )?(?:wissen|erfahren)",
            r"(?:loschen|vernichten) sie (?:bitte )?(?:diese|unsere|die) (?:nachrichten?|unterhaltung|e-?mails?)",
            r"niemand (?:muss|braucht) (?:davon )?(?:zu )?(?:wissen|erfahren)",
            r"(?:inoffiziell|streng vertraulich)",
        ],
        "sensitive-request": [
            r"sicherheits(?:freigabe|uberprufung|bescheid|stufe)|\bvs-nfd\b|verschlusssache",
            r"interne(?:n|s)? (?:dokumente|unterlagen|berichte|daten|informationen|praesentationen|prasentationen|spezifikationen|ablaufe|papiere)",
            r"(?:nicht[- ]?offentliche(?:n|s)?|unveroffentlichte(?:n|s)?|vertrauliche(?:n|s)?|geheime(?:n|s)?|eingestufte(?:n|s)?) (?:dokumente|unterlagen|daten|informationen|ergebnisse|berichte|projekte|details|forschung)n?",
            r"(?:namen|liste|kontaktdaten) (?:ihrer |von ihren )?(?:kollegen|teammitglieder|mitarbeiter|ansprechpartner)",
            r"organigramm",
            r"(?:technologie|produkt|entwicklungs|forschungs)[- ]?(?:roadmap|fahrplan)",
            r"wer (?:sonst )?(?:arbeitet|arbeiten) (?:bei ihnen |in ihrem team )?(?:an|daran)",
        ],
        "vague-client": [
            r"(?:mein|meine|meinem|meinen|unser|unsere|unseren|unserem|ein|eine|einen|einem)(?: \w+){0,2} (?:kunde|kunden|kundin|mandant|mandanten|mandantin|auftraggeber|auftraggeberin)",
            r"im auftrag (?:eines|einer) (?:\w+ ){0,3}(?:kunden|mandanten|organisation|institution|think[- ]tank|unternehmens|firma|partners|regierung)",
            r"(?:kann|konnen|darf|durfen) (?:ihnen )?(?:den namen|die identitat|den kunden|den auftraggeber)(?: \w+)? (?:nicht|noch nicht) (?:nennen|verraten|offenlegen|mitteilen)",
            r"(?:mochte|mochten|will|wunscht) (?:anonym|ungenannt) bleiben",
        ],
        "paid-travel": [
            r"alle (?:kosten|reisekosten|ausgaben|spesen) (?:werden |sind )?(?:ubernommen|bezahlt|erstattet|gedeckt|inklusive|inbegriffen)",
            r"(?:reise|flug|hotel|ubernachtungs|aufenthalts|visa|fahrt)(?:kosten|spesen)?(?: und \w+)? (?:werden |wird |sind |ist |wurden )?(?:vollstandig |komplett |selbstverstandlich |gerne )?(?:ubernommen|bezahlt|erstattet|gedeckt|gebucht|organisiert|gestellt)",
            r"(?:ubernehmen|bezahlen|erstatten|tragen|finanzieren|organisieren|buchen) (?:wir |gerne )?(?:selbstverstandlich |gerne |vollstandig )?(?:alle |samtliche |die |ihre )?(?:reisekosten|kosten|flug|fluge|flugtickets?|hotel|unterkunft|reise|spesen|ubernachtung|anreise|visum)",
            r"kostenubernahme|kostenlose (?:reise|anreise|unterkunft)|bezahlte reise|all[- ]inclusive",
            r"(?:reise|flug|hotel)kosten",
            r"business[- ]class|first[- ]class",
            r"(?:hin- und ruckflug|ruckflug|flugticket|flugtickets)",
            r"(?:tagegeld|per diem)",
            r"(?:einladen|begrussen|empfangen) (?:nach|in) (?:peking|beijing|shanghai|shenzhen|hongkong|hong kong|moskau|teheran|china|russland|iran|singapur|dubai|unsere zentrale)",
        ],
        "paid-work": [
            r"(?:vergutet|verguteten?|bezahlt|bezahlten?|entlohnt|honoriert|gut bezahlte?n?)",
            r"honorar(?:e|en|s)?|vergutung|aufwandsentschadigung|bezahlung",
            r"(?:wir )?(?:zahlen|bezahlen|vergute[nt]?) (?:ihnen )?(?:fur|gut|gro(?:ss|ß)zugig|pro)",
            r"(?:attraktive?s?|gro(?:ss|ß)zugige?s?|lukrative?s?|ansprechende?s?|hohe?s?|sehr gute?s?) (?:honorar|vergutung|bezahlung|entlohnung|aufwandsentschadigung|tagessatz|stundensatz)",
            r"\d[\d .,]*\s?k?\s?(?:€|euro|eur|dollar|usd|\$|chf|franken)",
            r"(?:€|eur|\$|usd|chf)\s?\d[\d .,]*",
            r"(?:pro|je) (?:stunde|bericht|gutachten|artikel|seite|studie|analyse|gesprach|beitrag)(?![a-z])",
            r"(?:kurze?n?|kleine?n?|einfache?n?) (?:berichte?|gutachten|studie|studien|analysen?|artikel|einschatzung(?:en)?|expertisen?|beitrag|beitrage|memos?|notizen)",
            r"gutachten|expertise gegen|white ?paper",
            r"(?:bericht|studie|analyse|gutachten|einschatzung|artikel|expertise)(?:en)? (?:verfassen|erstellen|schreiben|anfertigen|liefern)",
            r"(?:beratungs|berater|gutachter|freelance|freiberufliche?n?)(?:auftrag|tatigkeit|mandat|projekt|vertrag|rolle)?(?:e|en)?",
            r"expertennetzwerk|expert network",
            r"(?:bezahlte|vergutete) (?:gesprache|interviews|telefonate|beratung)",
        ],
        "flattery": [
            r"(?:sehr |au(?:ss|ß)erst |wirklich |tief |ausgesprochen )?beeindruck(?:t|end|ende|enden|ender|endes)",
            r"(?:renommierte?n?r?|ausgewiesene?n?r?|anerkannte?n?r?|fuhrende?n?r?|herausragende?n?r?|hervorragende?n?r?|au(?:ss|ß)ergewohnliche?n?r?|exzellente?n?r?|bemerkenswerte?n?r?|brillante?n?r?|angesehene?n?r?|international (?:anerkannte?n?r?|renommierte?n?r?)|erstklassige?n?r?|einzigartige?n?r?) (?:experte|expertin|experten|fachmann|fachfrau|fachleute|wissenschaftler(?:in)?|forscher(?:in)?|ingenieur(?:in)?|profil|werdegang|karriere|expertise|erfahrung|ruf|kenntnisse|fachwissen|leistungen|arbeiten|beitrage|kompetenz|hintergrund|personlichkeit)",
            r"(?:einer|eine|einen) der (?:fuhrenden|besten|renommiertesten|angesehensten|bekanntesten|wichtigsten|einflussreichsten|profiliertesten)",
            r"(?:ich bewundere|wir bewundern|bewunderung|hochachtung|gro(?:ss|ß)en respekt)",
            r"ihre (?:expertise|einschatzung|sicht|perspektive|meinung|erfahrung|kenntnisse|einblicke) (?:ware|waren|ist|sind|wird) (?:fur uns )?(?:au(?:ss|ß)erst |sehr |besonders |von )?(?:wertvoll|unschatzbar|gro(?:ss|ß)em wert|hilfreich|unverzichtbar|gefragt)",
            r"(?:experten|fachleute|personlichkeiten|menschen|jemand(?:en)?) (?:ihres formats|ihres kalibers|wie sie|mit ihrem (?:ruf|profil|hintergrund))",
            r"ihres (?:formats|kalibers|rangs|ranges)",
            r"(?:handverlesen|sorgfaltig ausgewahlt|personlich ausgewahlt|exklusive?n? (?:kreis|gruppe|netzwerk|runde)|ausgewahlte?n? (?:kreis|gruppe|runde))",
            r"(?:hohe|gro(?:ss|ß)e) (?:wirkung|reichweite)|high[- ]impact",
        ],
        "off-platform": [
            r"(?:private?n?|personliche?n?|direkte?n?) (?:e-?mail(?:-adresse)?|mailadresse|adresse|telefonnummer|nummer|handynummer|mobilnummer|kontakt(?:daten)?|kanal)",
            r"(?:au(?:ss|ß)erhalb|abseits) (?:von )?(?:linkedin|xing|dieser plattform|der plattform|dieses netzwerks)",
            r"(?:sicherere?n?|privatere?n?|diskretere?n?|direktere?n?|bequemere?n?|verschlusselte?n?) (?:kanal|weg|app|plattform|messenger|kommunikation)",
            r"(?:weiter|weitersprechen|fortsetzen|besprechen|austauschen|schreiben|kontaktieren|erreichen|sprechen|unterhalten|melden)(?: uns)?(?: sie| mich)?(?: gerne| lieber| doch)? (?:per|uber|via|auf|bei|in) "
            + _MSG,
            r"(?:per|uber|via|auf) (?:wechat|whatsapp|telegram|signal|skype|viber)",
            r"meine? (?:wechat|whatsapp|telegram|signal|skype|viber|handynummer|telefonnummer|private?n? (?:e-?mail|nummer|adresse)|nummer)(?:-id| id| lautet| ist)?",
            r"(?:telefonat|telefongesprach|videocall|videoanruf|videogesprach|anruf|telefonisch)",
            r"(?:personlich(?:es)? (?:treffen|kennenlernen|gesprach)|treffen (?:uns |wir uns )?(?:personlich|auf einen kaffee|zum essen|zum abendessen)|auf einen kaffee|unter vier augen)",
            r"ihre (?:handynummer|telefonnummer|private (?:e-?mail|adresse|nummer)|nummer)",
        ],
        "information-request": [
            r"(?:senden|schicken|ubermitteln|zukommen lassen|teilen|mailen)(?: sie)?(?: mir| uns)?(?: bitte)? (?:ihren |ihre |einen |den |die )?(?:aktuellen |vollstandigen |ausfuhrlichen |neuesten )?(?:lebenslauf|cv|vita|publikationsliste|werdegang|bewerbungsunterlagen)",
            r"ihr(?:en)? (?:aktuellen |vollstandigen )?(?:lebenslauf|cv|vita)",
            r"(?:details|informationen|einzelheiten|unterlagen|dokumente|angaben|einblicke) (?:zu|uber|zum|zur|bezuglich|aus) (?:ihren? |ihrem |ihrer |den |dem |der )?(?:aktuellen |laufenden |derzeitigen |internen )?(?:projekte?n?|arbeiten?|forschung|programme?n?|team|abteilung|labor|tatigkeit|aufgaben|organisation|arbeitgeber)",
            r"woran (?:arbeiten sie|sie (?:gerade |derzeit |aktuell )?arbeiten|arbeitet ihr team)",
            r"(?:erzahlen|berichten|beschreiben|erklaren) sie (?:mir |uns )?(?:doch |gerne |bitte )?(?:mehr )?(?:uber|von) (?:ihre?n? |ihrem |ihrer )(?:aktuellen |laufenden )?(?:projekte?n?|arbeit|forschung|team|tatigkeit|aufgaben)",
            r"ihre?n? (?:aktuellen|laufenden|derzeitigen) (?:projekte?n?|arbeiten|forschung|vorhaben)",
            r"(?:konnten|konnen|wurden|wollen) sie (?:mir |uns )?(?:bitte )?(?:\w+ ){0,3}(?:teilen|senden|schicken|ubermitteln|zusenden|beschreiben|erlautern|geben)",
            r"technische(?:n)? (?:spezifikationen|details|daten|unterlagen)",
        ],
        "secrecy": [
            r"vertraulich(?:e|en|er|es|keit)?|diskret(?:e|en|ion)?|verschwiegenheit|stillschweigen",
            r"geheimhaltung(?:svereinbarung)?|(?<![a-z])nda(?![a-z])",
            r"(?:privater|inoffizieller|personlicher) (?:basis|ebene|natur)|auf privater basis",
            r"(?:sensible|heikle|delikate) (?:angelegenheit|thema|sache|frage)",
        ],
        "urgency": [
            r"dringend(?:e|en|er|es)?|eilig|eilt",
            r"(?:so schnell wie moglich|schnellstmoglich|umgehend|sofort|unverzuglich|zeitnah|moglichst bald|baldmoglichst)",
            r"(?:innerhalb (?:von )?|in den nachsten )(?:\d+|24|48|72|zwei|drei|wenigen) (?:stunden|tagen)",
            r"(?:bis|vor) (?:morgen|heute abend|ende der woche|freitag|montag)",
            r"(?:nur noch wenige|begrenzte) (?:platze|pl[aä]tze|platzen)|letzte chance|nicht verpassen",
            r"(?:frist|deadline) (?:ist |endet )?(?:bald|morgen|heute)",
            r"schnelle (?:antwort|ruckmeldung|entscheidung)",
        ],
        "job-offer": [
            r"(?:stellen|job|karriere|berufliche?)(?:angebot|chance|moglichkeit|perspektive|wechsel)(?:e|en)?",
            r"(?:offene|vakante|neue|spannende|interessante|attraktive|unbefristete|leitende) (?:stelle|position|rolle|fuhrungsposition|vakanz)",
            r"(?:wir suchen|ich suche|suchen wir|wir stellen ein|stellt ein|besetzen)",
            r"(?:headhunter(?:in)?|personalberater(?:in)?|personalberatung|recruiter(?:in)?|executive search|talent acquisition|direktansprache)",
            r"(?:gehalt|vergutungspaket|jahresgehalt|festanstellung|unbefristet|sozialleistungen|firmenwagen)",
            r"(?:offen|interessiert) (?:fur|an) (?:eine |einer |neue )?(?:neuen? )?(?:position|rolle|stelle|herausforderung|veranderung|wechsel)",
            r"bewerbung|bewerben",
            r"(?:unser|ihr) (?:\w+ ){0,2}team (?:verstarken|erganzen)",
        ],
        "event-invitation": [
            r"(?:einladen|einladung|eingeladen|laden sie) (?:sie )?(?:herzlich )?(?:als |zu |zur |zum |ein,? )?(?:\w+ ){0,3}(?:konferenz|tagung|vortrag|seminar|workshop|forum|podiumsdiskussion|symposium|gipfel|webinar|kongress|veranstaltung|redner(?:in)?|referent(?:in)?|keynote|runden tisch|gesprachsrunde|kolloquium)",
            r"(?:konferenz|tagung|seminar|workshop|forum|podiumsdiskussion|symposium|gipfel|webinar|kongress|fachtagung|kolloquium|ringvorlesung|gastvortrag|vortragsreihe)(?:en|s)?",
            r"(?:keynote|hauptredner(?:in)?|gastredner(?:in)?|referent(?:in)?|redner(?:in)?|vortragende(?:r)?|gastvortrag)",
            r"(?:call for papers|aufruf zur einreichung)",
            r"(?:einen |einem )?vortrag (?:halten|zu halten)",
        ],
    },
)
