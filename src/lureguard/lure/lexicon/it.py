"""Italian lure cues (basic coverage).

Sources: AISE/AISI public warnings echoed in Italian press on LinkedIn approaches,
and CPNI's "Think Before You Link" cues translated. Smaller than en/fr/de: it is the
worked example of adding a language (docs/lure.md). Folded text: no accents.
"""

from __future__ import annotations

from lureguard.lure.lexicon import Lexicon

LEXICON = Lexicon(
    code="it",
    name="Italian",
    lingua="ITALIAN",
    stopwords=frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "che",
            "e",
            "per",
            "con",
            "una",
            "un",
            "del",
            "della",
            "sono",
            "suo",
            "sua",
            "vostro",
            "vostra",
            "lei",
            "non",
            "mi",
            "ci",
            "molto",
            "nostro",
            "nostra",
            "questo",
            "questa",
        ]
    ),
    patterns={
        "concealment": [
            r"tra (?:di )?noi",
            r"(?:non (?:e necessario|serve|c'e bisogno di)|meglio non) (?:dirlo|informare|parlarne|avvisare)(?: al| ai| alla| con)? (?:suo |sua |suoi |vostro )?(?:datore di lavoro|capo|colleghi|azienda|ente|nessuno)",
            r"(?:cancelli|elimini|cancellare|eliminare) (?:questi|questo|i nostri) (?:messaggi|messaggio|chat)",
        ],
        "sensitive-request": [
            r"nulla osta di sicurezza|abilitazione di sicurezza",
            r"(?:documenti|dati|informazioni|rapporti|report) (?:interni|riservati|non pubblic[ia]|classificati)",
            r"(?:nomi|elenco) (?:dei )?(?:suoi )?colleghi",
            r"organigramma",
        ],
        "vague-client": [
            r"(?:un|il mio|il nostro|un nostro|uno dei nostri) (?:\w+ )?client[ei]",
            r"per conto di (?:un|una) (?:\w+ ){0,2}(?:cliente|organizzazione|istituzione|azienda|think[- ]tank)",
            r"(?:non posso|non possiamo) (?:rivelare|divulgare) (?:il nome|l'identita)",
        ],
        "paid-travel": [
            r"(?:tutte le )?spese (?:di viaggio |di soggiorno )?(?:pagate|coperte|rimborsate|a nostro carico|incluse)",
            r"(?:viaggio|volo|voli|alloggio|albergo|hotel|soggiorno)(?: e \w+)? (?:sara |saranno |sono |e )?(?:interamente )?(?:pagat[oie]|copert[oie]|rimborsat[oie]|offert[oie]|a nostro carico)",
            r"(?:copriamo|paghiamo|rimborsiamo|offriamo) (?:tutte )?(?:le )?(?:spese|viaggio|volo|alloggio)",
            r"(?:viaggio|soggiorno) (?:offerto|pagato|spesato)|tutto spesato|business class",
        ],
        "paid-work": [
            r"(?:retribuit[oaie]|remunerat[oaie]|pagat[oaie] bene|ben pagat[oaie])",
            r"compenso|compensi|onorario|remunerazione|retribuzione",
            r"(?:generoso|attraente|interessante|ottimo) (?:compenso|onorario)",
            r"\d[\d .,]*\s?(?:€|euro|eur|dollari|usd)",
            r"(?:brevi?|piccol[oie]|semplici?) (?:rapporti|rapporto|relazion[ei]|analisi|articoli?|note|studi|studio)",
            r"(?:scrivere|redigere|preparare) (?:un |una |dei |delle )?(?:breve )?(?:rapporto|relazione|analisi|articolo|studio|nota)",
            r"consulenza (?:retribuita|freelance|esterna)|consulente esterno",
        ],
        "flattery": [
            r"(?:molto |davvero )?(?:colpit[oa]|impressionat[oa])",
            r"(?:esperto|esperta|profilo|carriera|competenza|esperienza|reputazione|ricercatore|ricercatrice|scienziato|scienziata) (?:di fama|rinomat[oa]|riconosciut[oa]|eccezionale|straordinari[oa]|di spicco|di alto livello|autorevole|prestigios[oa])",
            r"(?:uno|una) de(?:i|gli|lle) (?:maggiori|migliori|piu (?:autorevoli|riconosciuti|rinomati))",
            r"(?:la sua|il suo) (?:competenza|esperienza|parere|opinione) (?:sarebbe|e) (?:estremamente |molto )?(?:preziosa|prezioso|inestimabile)",
            r"del suo (?:calibro|livello)",
        ],
        "off-platform": [
            r"(?:email|mail|indirizzo|numero|telefono|cellulare|contatto) (?:personale|privato|diretto)",
            r"(?:fuori da|al di fuori di) (?:linkedin|questa piattaforma)",
            r"(?:continuare|proseguire|parlare|sentirci|contattarmi|aggiungermi|scrivermi)(?: la conversazione)? (?:su|via|per|tramite) (?:wechat|whatsapp|telegram|signal|skype|email|mail|telefono)",
            r"(?:il mio|mio) (?:wechat|whatsapp|numero|cellulare)",
            r"(?:telefonata|videochiamata|chiamata)|di persona",
        ],
        "information-request": [
            r"(?:inviarmi|mandarmi|inviare|mandare|condividere)(?: il| il suo)? (?:cv|curriculum)(?: aggiornato)?",
            r"il suo (?:cv|curriculum)",
            r"(?:dettagli|informazioni|documenti) (?:sui|sul|sulla|sulle|riguardo) (?:suoi |suo |sua )?(?:progetti|progetto|lavoro|ricerca|team|attivita)",
            r"su cosa (?:sta lavorando|lavora)",
            r"(?:potrebbe|puo) (?:condividere|inviarmi|mandarmi|descrivere)",
        ],
        "secrecy": [
            r"riservat(?:o|a|i|e|ezza)|confidenzial(?:e|i|mente)|discre(?:to|ta|zione)",
            r"accordo di riservatezza|(?<![a-z])nda(?![a-z])",
        ],
        "urgency": [
            r"urgente|urgentemente|al piu presto|prima possibile|quanto prima|subito|entro (?:domani|\d+ ore|48 ore)",
        ],
        "job-offer": [
            r"(?:offerta|opportunita|proposta) (?:di lavoro|professionale|di carriera)",
            r"(?:posizione|ruolo) (?:aperta|aperto|di|senior|vacante)",
            r"(?:stiamo cercando|cerchiamo|sto cercando|selezioniamo)|cacciatore di teste|headhunter|recruiter|selezione del personale",
            r"(?:stipendio|retribuzione annua|ral)(?![a-z])|candidatura",
        ],
        "event-invitation": [
            r"(?:invitarla|invitarvi|la invitiamo|invito) (?:a |come )?(?:intervenire|partecipare|relatore|relatrice)?(?: \w+){0,3}",
            r"(?:conferenza|convegno|seminario|workshop|forum|tavola rotonda|simposio|summit|webinar|congresso)",
            r"(?:relatore|relatrice|oratore|keynote)",
        ],
    },
)
