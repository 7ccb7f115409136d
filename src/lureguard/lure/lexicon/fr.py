"""French lure cues.

Sources: the joint DGSI/DGSE note of October 2018 on approaches through LinkedIn
(≈4,000 French officials and engineers approached: flattering offers, paid studies,
all-expenses-paid trips abroad, "discrétion", requests for CV and non-public work),
the DGSI "Ingérence économique" flashes, and CPNI's "Think Before You Link" in
translation. Patterns run on folded text: lowercase, accents removed
("rémunéré" → "remunere").
"""

from __future__ import annotations

from lureguard.lure.lexicon import Lexicon

_MSG = r"(?:wechat|whatsapp|telegram|signal|skype|viber|line|e-?mail|mail|courriel|mon (?:adresse|numero|telephone) (?:personnel(?:le)?|prive(?:e)?))"
_STAFF = r"(?:employeur|hierarchie|superieurs?|direction|chef|collegues?|entreprise|societe|organisme|institution|laboratoire|labo|service de securite|securite|personne)"

LEXICON = Lexicon(
    code="fr",
    name="French",
    lingua="FRENCH",
    stopwords=frozenset(
        # frequent function words, greetings and elisions (language id only)
        [
            "de",
            "un",
            "il",
            "elle",
            "on",
            "ne",
            "se",
            "en",
            "par",
            "plus",
            "mais",
            "ou",
            "si",
            "tout",
            "tous",
            "merci",
            "bonjour",
            "bonsoir",
            "salut",
            "cordialement",
            "madame",
            "monsieur",
            "cher",
            "chere",
            "as",
            "tu",
            "te",
            "toi",
            "ton",
            "ta",
            "tes",
            "avez",
            "etes",
            "suis",
            "sommes",
            "peut",
            "peux",
            "semaine",
            "prochaine",
            "etre",
            "avoir",
            "fait",
            "aussi",
            "comme",
            "ces",
            "ses",
            "leur",
            "leurs",
            "d",
            "j",
            "qu",
            "n",
            "c",
            "l",
            "le",
            "la",
            "les",
            "des",
            "une",
            "et",
            "vous",
            "votre",
            "vos",
            "pour",
            "dans",
            "sur",
            "avec",
            "est",
            "sont",
            "nous",
            "notre",
            "que",
            "qui",
            "pas",
            "ce",
            "cette",
            "je",
            "mon",
            "ma",
            "mes",
            "du",
            "au",
            "aux",
            "tres",
            "serait",
            "bien",
        ]
    ),
    patterns={
        "concealment": [
            # "n'en parlez pas à votre employeur" (probes, sixth session)
            r"(?:n'en parlez pas|n'en dites rien|ne dites rien|ne (?:le |en )?(?:dites|parlez|mentionnez) (?:pas|rien)) (?:a|avec|aupres de) (?:votre |vos |la |l'|ton |tes )?"
            + _STAFF,
            r"(?:pour l'instant|pour le moment|a ce stade),? (?:merci de )?(?:garder|ne pas (?:en )?parler|ne pas partager)",
            r"(?:garder|gardez|garde|gardons) (?:cela|ceci|ca|ce message|cet echange|cette (?:conversation|discussion|proposition)|(?:notre|nos|ces) (?:echanges?|conversations?|discussions?|messages?))(?: \w++)? pour (?:vous|toi|nous)",
            r"entre nous",
            r"(?:rester|reste|restera|garder|gardons|gardez)(?: cela| ceci| ca| notre (?:echange|conversation|contact))? (?:entre nous|confidentiel(?:le)?|secret|discret(?:e)?|pour vous)",
            r"(?:inutile|pas (?:besoin|necessaire)|nul besoin|mieux vaut ne pas|evitez|n'en parlez pas|ne (?:le |en )?(?:dites|parlez|mentionnez) pas) (?:d'en |de le |de |a )?(?:parler|informer|mentionner|prevenir|dire|signaler|en parler)?(?: a| avec)? (?:votre |vos |la |l'|a )?"
            + _STAFF,
            r"(?:votre )?(?:employeur|hierarchie|entreprise|collegues?) (?:n'a|n'ont|n'a pas|n'ont pas) (?:pas )?(?:besoin|a) (?:de le )?savoir",
            r"(?:effacez|supprimez|detruisez|effacer|supprimer) (?:ce|ces|nos|cette|notre) (?:messages?|conversations?|echanges?)",
            r"personne (?:d'autre )?n'a besoin de (?:le )?savoir",
            r"en toute discretion",
            r"(?:off|hors) (?:the )?record",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"entre nous deux",
            r"(?:pas|jamais|rien) (?:en )?(?:parler|mentionner|evoquer|dire|partager)(?: \S+){0,4} (?:a|aupres de|avec) (?:vos|votre|ton|tes|personne|quiconque)",
            r"(?:ne partagez pas|ne partagez rien|sans partager|ne transmettez pas) (?:cet|ce|cette|ces|nos|notre)(?: \S+){0,3} (?:a|avec) (?:vos|votre|ton|tes|personne|quiconque)",
            r"(?:votre |vos |la |le |l')?"
            + _STAFF
            + r" n'(?:en )?(?:sache|sachent|saura|sauront|sait|savent|a besoin de savoir) rien",
            r"(?:supprimer|supprimez|effacer|effacez|detruire|detruisez) (?:ce|ces|nos|notre|cette|les) (?:fils?|historique|discussions?|mails?|conversations?)",
            r"(?:pas|jamais|sans|eviter|evitons|hors|dehors) (?:\w+ ){0,4}canaux officiels",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:aucune raison|pas besoin|inutile|nul besoin) (?:que|pour que) (?:votre|vos|ton|ta) (?:employeur|hierarchie|chef|collegues|direction|service|superieurs?) (?:soit|soient|sache|sachent|en sache|en sachent) ?(?:au courant|informee?s?|quoi que ce soit|rien)?",
            # Blind-written DEV corpus (twelfth session): no need for it to reach one's employer
            r"(?:pas besoin|inutile|pas la peine|pas necessaire|nul besoin) (?:que|qu'|d')(?:\w+ ){0,3}(?:remonte|sache|saches|sachent|soit (?:au courant|informe\w*)|prevenir|informer|en parler|mettre au courant)",
            r"(?:personne|aucun de vos collegues|aucun de tes collegues) (?:\w+ ){0,3}(?:ne )?(?:le )?(?:saura|sache|n'a besoin de savoir|doit savoir|n'en saura rien)",
        ],
        # A request for non-public material that the message forbids (lexicon.NEGATING_CUES).
        "disclaimer": [
            r"aucune? (?:information|donnee|document|element|detail)s? (?:confidentiel|classifie|sensible|interne|secret|non publi)\w*",
            r"(?:(?<=pas )|(?<=jamais ))(?:partager|divulguer|communiquer|transmettre|reveler|fournir) (?:d'|de |des |d'aucune )?(?:informations?|donnees|documents?|elements?|details?) (?:confidentiel|classifie|sensible|interne|secret|non publi)\w*",
            r"sans (?:partager|divulguer|communiquer|reveler) (?:d'|de |des |aucune )?(?:informations?|donnees|documents?|elements?) (?:confidentiel|classifie|sensible|interne|secret|non publi)\w*",
            # Blind-written DEV corpus (twelfth session): a compliance line asking for no internal data
            r"pas de (?:donnees|informations?|documents?|chiffres|elements?) (?:internes?|confidentiel\w*|non publi\w*|sensibles?)",
        ],
        "sensitive-request": [
            r"habilitation(?: (?:de )?securite| defense)?",
            r"(?:documents?|rapports?|donnees|informations?|notes?|presentations?|specifications?|procedures) (?:internes?|non publi(?:e|ee|es|ees|ques?)|confidentiel(?:le)?s?|sensibles?|classifi(?:e|ee|es|ees)|diffusion restreinte)",
            r"(?:non publi(?:e|ee|es|ees|ques?)|pas encore publi(?:e|ee|es|ees)|confidentiel(?:le)?s?|classifi(?:e|ee|es|ees)) (?:documents?|donnees|resultats|travaux|informations?)",
            r"diffusion restreinte|confidentiel defense|secret defense",
            r"(?:noms?|liste|coordonnees) (?:de |des )?(?:vos )?(?:collegues|membres de (?:votre )?equipe|contacts|personnes (?:qui|de))",
            r"organigramme",
            r"feuille de route",
            r"qui (?:d'autre )?(?:travaille|travaillent) sur",
            # Red flag #13 (DGSI/DGSE): how staff are vetted is itself a sensitive detail.
            r"(?:procedures?|processus|enquetes?) d'habilitation|habiliter (?:les |des |de )?(?:nouveaux |nouvelles )?(?:agents|personnels|collaborateurs|collaboratrices|salaries|recrues)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:tout ce qui|ce qui|ce qu'on|des informations qui|des elements qui) (?:\S+ ){0,2}(?:ne figure pas|n'est pas|ne sont pas|ne figurent pas|n'est pas encore|ne sont pas encore) (?:\S+ ){0,2}(?:public|publique|publics|publiques|publiee?s?|sur le site|dans la presse)",
            r"(?:quels|quelles) (?:documents?|dossiers?|fichiers?|informations|bases?|systemes?|donnees|archives) (?:\S+ ){0,3}acces",
            r"acces a des (?:documents?|informations|dossiers?|donnees) (?:internes?|classifiee?s?|sensibles?|confidentiel(?:le)?s?|non publi\w+)",
            # ATT&CK T1598 (phishing for information): qui detient quels acces, comment le SI est garde.
            r"droits? (?:d'acces|d'administrat\w+|administrat\w+|de connexion)|acces (?:administrat\w+|privilegies?|a distance au reseau)|identifiants? (?:de connexion|d'acces|vpn)",
            r"(?:outils|solutions|logiciels|systemes|dispositifs) (?:de )?(?:securite|supervision|surveillance|detection|pare-feu|journalisation|sauvegarde|controle d'acces) (?:\S+ ){0,4}(?:en place|deploye\w*|installe\w*)",
            r"qui (?:gere|s'occupe de|administre|supervise|pilote|est responsable de|valide) (?:la |les |le |l')?(?:\S+ ){0,2}(?:securite|infrastructure|informatique|reseaux?|acces|serveurs|systemes)(?![a-z])",
            # Blind-written DEV corpus (twelfth session): the organisation of one's office, one's superior, colleagues' private details, minutes of a meeting
            r"(?:organisation|organigramme|effectifs?) (?:de |du |des )?(?:votre|ton|vos|tes) (?:bureau|service|equipe|direction|departement|unite|laboratoire|ministere|sous-direction)",
            r"(?:nom|noms|identite) de (?:votre|ton) (?:superieur|chef|responsable|n\+1|directeur|directrice)|superieur hierarchique",
            r"coordonnees personnelles|(?:leurs|ses) (?:noms et )?(?:coordonnees|adresses|numeros)",
            r"(?:compte[- ]rendu|proces[- ]verbal|releve de decisions|notes? internes?) (?:de la |d'une |du |des |de )(?:\w+ )?(?:reunion|seance|comite|conseil|commission|interministeriel\w*)",
        ],
        "vague-client": [
            r"(?:mon|notre|un|une) (?:de nos |des |\w+ ){0,2}clients?(?: (?:asiatique|etranger|international|prestigieux|important|institutionnel))?",
            r"(?:un|une) de nos clients",
            r"(?:pour le compte|au nom) d'(?:un|une) (?:\w+ ){0,3}(?:client|organisation|institution|think[- ]tank|entreprise|societe|partenaire|gouvernement)",
            r"(?:ne (?:peux|pouvons) pas|impossible de|pas en mesure de) (?:divulguer|reveler|communiquer|donner|citer|vous dire) (?:le nom|l'identite|le client|son nom)",
            r"(?:souhaite|prefere|tient a) (?:rester|garder l') ?anonym(?:e|at)",
            r"client anonyme",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:prefere|preferent|souhaite|souhaitent|veut|veulent|tient|tiennent) (?:a )?(?:ne pas etre|rester) (?:nommee?s?|citee?s?|identifiee?s?|anonymes?)",
            r"(?:think tank|fondation|fonds|cabinet|societe|entreprise|investisseur|institut) (?:avec qui|avec lequel|avec laquelle|pour qui|pour lequel|pour laquelle) (?:je|nous) (?:travaille|travaillons|collabore|collaborons)",
        ],
        "paid-travel": [
            r"(?:tous les|l'ensemble des|vos|tes|les) frais (?:seraient|seront|sont|serait|sera) (?:entierement |integralement |totalement )?(?:payes|pris en charge|rembourses|couverts|a notre charge|a la charge)",
            r"(?:remboursons|rembourserons|rembourse|remboursera|payons|paierons|offrons|prenons en charge|couvrons|organisons|reservons) (?:les |vos |tes |tous les |l'ensemble des |votre |ton )?(?:frais|billets?|vols?|voyage|deplacement|hebergement|hotel|sejour|visa)",
            r"(?:vol|vols|billets?|hotel|hebergement|voyage|deplacement|nuits? d'hotel|transport)(?: \S++){0,5} (?:sont|est|seront|sera|seraient|serait) (?:entierement |integralement )?(?:inclus|incluses?|compris|comprises?|offerts?|offertes?|pris en charge|rembourses?|couverts?)",
            r"(?:organiser|proposer|offrir|financer) (?:un |une )?(?:court |petit |bref )?(?:voyage|sejour|deplacement|visite) (?:a|en|au|aux)",
            r"(?:tout|tout est) (?:est )?(?:pris en charge|organise|paye|a notre charge)",
            r"tous frais (?:payes|pris en charge|compris|inclus|rembourses)",
            r"(?:frais|couts) (?:de )?(?:voyage|deplacement|transport|sejour|mission|hebergement|visa)(?: et (?:d'|de )?\w+)? (?:seront |sont |serait |seraient )?(?:entierement |integralement |totalement )?(?:pris en charge|payes|rembourses|couverts|offerts|a notre charge)",
            r"(?:prenons|prendrons|prendrions|prend|prendra|prendrait) en charge (?:l'integralite |la totalite |l'ensemble )?(?:de |des |du |vos |votre ){0,2}(?:frais|voyage|deplacement|billets?|vols?|hebergement|hotel|sejour|visa)",
            r"(?:billets?|vols?|hebergement|hotel|sejour|voyage|deplacement|visa)(?: et (?:l'|le |la |les )?\w+)? (?:seront |sont |serait |est |sera )?(?:entierement |integralement )?(?:pris en charge|payes|rembourses|offerts|couverts|reserves par nos soins|a notre charge)",
            r"(?:voyage|sejour|deplacement|visite) (?:offert|paye|finance|tous frais)",
            # Red flag #9 (NCSC/FBI, DGSI/DGSE): the whole trip or delegation financed.
            r"(?:prendr(?:e|ait|a|ions|ons|ont)|prend|prennent) en charge (?:tout le |toute la |tous les |l'ensemble du )(?:voyage|deplacement|sejour|frais|billets|vols)",
            r"(?:entierement|integralement|totalement) (?:finance|pris en charge|paye|offert|defraye)e?s?",
            r"classe (?:affaires|business)|business class",
            r"billet d'avion|billets d'avion|aller[- ]retour",
            r"(?:per diem|indemnites? (?:journalieres?|de sejour))",
            r"(?:vous )?(?:inviter|accueillir|recevoir) (?:a|en) (?:notre siege)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:frais|couts|depenses) (?:\w+ ){0,2}a (?:notre|nos|leur|sa|ma) charge",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:billets?|vols?|voyage|sejour|hotel|repas) (?:\w+ )?(?:sont|est|seront|sera|seraient|serait) offerts?",
            r"(?:occupons|occupe|chargeons|charge) de (?:tout|toute la logistique|l'organisation)(?![a-z])",
            r"(?:payons|paierons|paierions|prenons en charge|offrons) (?:votre|vos) (?:billets?|voyage|vols?|sejour|deplacement)",
            r"(?:seriez|serez|etes) notre invitee?",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"faire venir (?:a|en|au|jusqu'a|chez)",
            r"(?:logerions|logerons|logerait|hebergerions|hebergerons|hebergerait)",
            # Everyday wording (eighth session): the telegraphic "vol et hotel a X pris en charge", a
            # modal ("peuvent etre rembourses"), an article after the verb, a travel grant.
            r"(?:vols?|billets?|hotel|hebergement|voyage|deplacement)(?: (?:et|\+) (?:\w+ )?(?:vols?|hotel|hebergement|nuits?))?(?: \S++){0,3} (?:pris en charge|rembourses?|offerts?)(?![a-z])",
            r"(?:frais|couts|billets?|vols?|voyage|deplacement|hebergement|hotel)(?: \S++){0,3} (?:peuvent|pourront|pourraient|peut|pourra|pourrait) etre (?:entierement |integralement )?(?:rembourses?|pris en charge|payes?|couverts?)",
            r"(?:remboursons|rembourserons|rembourserions|payons|paierons|offrons) (?:le |la |l'|les |vos |votre )?(?:billets?|train|vols?|voyage|deplacement|hebergement|hotel|nuits?)",
            r"bourses? de (?:voyage|mobilite|deplacement)|prise en charge (?:des |de vos |de votre |du |de l')(?:frais|voyage|deplacement|billets?|vols?|hebergement)",
            r"(?:pouvons|pourrons|allons|pourrions) tout (?:organiser|prendre en charge|payer|regler) pour (?:vous|toi)",
            # Blind-written DEV corpus (twelfth session): all costs covered, in short
            r"tous (?:les )?frais (?:couverts|payes|pris en charge|rembourses|compris)",
        ],
        # A sum stated as a salary: per year or month, gross (lexicon/__init__).
        "salary-terms": [
            r"salaire|par (?:an|annee|mois)(?![a-z])|annuel(?:le)?s? (?:brut|fixe)|brut(?:e|s|es)? (?:annuel|mensuel|par)|bruts?(?= *[.,;)]| *$)",
        ],
        # Pay with no task named: paid work, unless the message offers a job (lexicon/__init__).
        "pay-terms": [
            r"remuneration|retribution",
            r"(?:genereuse?s?|attractive?s?|confortables?|substantiel(?:le)?s?|interessante?s?|tres bonne?s?) (?:remuneration|retribution|compensation)",
            r"(?:remuneration|compensation) (?:genereuse?s?|attractive?s?|confortables?|substantiel(?:le)?s?|interessante?s?|tres interessante?s?)",
        ],
        "paid-work": [
            r"(?:commandons|commander|commande|commandez|commanditons|commandite) (?:des |une |un |quelques |de courtes? )?(?:notes?|etudes?|rapports?|analyses?|articles?|syntheses?|papiers?)",
            r"(?:etudes?|analyses?|notes?|rapports?) pour (?:des|nos|un|une|le compte d'un|le compte de) (?:\w++ )?clients?",
            r"(?:payons|paierons|verserons|versons|offrons|proposons) (?:une |des )?(?:honoraires?|remuneration|retribution|indemnite|compensation)",
            r"(?:remunere(?:e|es|s)?|(?<!frais )(?<!seraient )paye(?:e|es|s)?|retribue(?:e|es|s)?|indemnise(?:e|es|s)?|bien paye(?:e|es|s)?)",
            r"honoraires?",
            r"dedommagement",
            r"(?:genereuse?s?|attractive?s?|confortables?|substantiel(?:le)?s?|interessante?s?|tres bonne?s?) (?:honoraires?|somme|tarif|indemnite)",
            r"(?:honoraires?|tarif) (?:genereuse?s?|attractive?s?|confortables?|substantiel(?:le)?s?|interessante?s?|tres interessante?s?)",
            # "par rapport à" means "compared with"; "le rapport", "la mission" are no price.
            r"par (?:heure|note|article|page|etude|analyse|entretien|mission)(?![a-z])|par rapport(?! (?:a|au|aux)(?![a-z]))",
            r"(?:courte?s?|breve?s?|petite?s?|simples?) (?:notes?|rapports?|etudes?|analyses?|articles?|syntheses?|contributions?|memos?)",
            # Not "livre blanc" alone: "notre livre blanc" is a vendor's pitch.
            r"note de synthese",
            r"(?:rediger|ecrire|preparer|produire|realiser|fournir) (?:une |un |des |quelques )?(?:courte |breve |petite )?(?:notes?|rapports?|etudes?|analyses?|articles?|syntheses?|expertises?|memos?|livres? blancs?|white ?papers?)",
            r"(?:mission|missions|prestation|prestations|collaboration) (?:de conseil|d'expertise|ponctuelle?s?|remuneree?s?|freelance|en freelance|de consultant)",
            r"(?:consultant|expert|conseiller) (?:externe|independant|freelance|a temps partiel)",
            r"reseau d'experts",
            r"(?:entretiens?|appels?|consultations?) (?:remuneres?|payes?|d'expert)",
            # Red flag #8: untraceable pay (cash, crypto, money transfer).
            r"(?:payer|payons|paierons|paierait|verser|versons|regler|reglons)(?: vous)? (?:\w+ ){0,2}(?:en especes|en liquide|en cash|en crypto\w*|en bitcoins?|par western union|par moneygram)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:pret|prete|prets|pretes|dispose|disposee?s?|heureux|ravie?s?) a (?:payer|remunerer|retribuer|financer|bien payer)",
            r"(?:paierait|payerait|paierions|paierons|paiera|remunererait|remunerera|retribuerait)(?![a-z])",
            r"(?:paiement|virement|versement|reglement) (?:est|a ete|sera) (?:deja )?(?:en route|effectue|envoye|fait|parti|vire|en cours|valide)",
            r"(?:en liquide|en especes)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:dedommager|dedommagerions|dedommagerons|dedommagerait|indemniser|indemniserions) (?:\w+ ){0,2}(?:pour )?(?:votre|ton) temps|(?:dedommagerions|dedommagerons|dedommagerait|indemniserions)(?![a-z])",
            r"(?:mission|collaboration|prestation|analyse|etude|note) (?:retribuee?|remuneree?|payee?)",
            r"contre (?:remuneration|retribution|paiement|honoraires)|moyennant (?:remuneration|retribution|finance|honoraires)",
            # Blind-written DEV corpus (twelfth session): payment in gift cards, cash or crypto; a consulting contract
            r"cartes? (?:cadeaux?|prepayees?)|en (?:especes|liquide|cash)|crypto(?:monnaies?)?|bitcoin",
            r"contrat de (?:conseil|consultant|consultance|consulting)|missions? de conseil",
        ],
        "flattery": [
            r"(?:votre|ton) (?:profil|parcours|cv|travail|experience) (?:se distingue|sort du lot|m'a (?:tout de suite |immediatement )?(?:interpelle|marque|frappe))",
            r"exactement (?:le profil |l'expertise |la personne )?(?:ce que|celui que|celle que|qu') ?(?:nous cherchons|nous recherchons|il nous faut|nous voulons)",
            r"(?:votre|ton|vos) (?:experience|parcours|profil|travail|travaux|expertise|intervention|expose|presentation|carriere|contribution|dernier rapport|derniere note|rapport|note|article|analyse)(?: \S++){0,10} (?:est|etait|sont|etaient) (?:vraiment |tout a fait |tres |particulierement |absolument )?(?:remarquables?|impressionnante?s?|exceptionnel(?:le)?s?|exemplaires?|passionnante?s?|brillante?s?|excellente?s?|exactement ce)",
            r"(?:expertise|experience|profil|parcours|competence)s? comme (?:la votre|le votre|les votres|vous)",
            r"(?:experts?|specialistes?|profils?|personnes?|chercheurs?)(?: \w++)? comme vous",
            r"(?:belle|excellente|brillante|superbe|passionnante|remarquable) (?:intervention|presentation|conference|expose|communication|article|publication)",
            r"(?:precieu(?:x|se)|tres utile|d'une grande valeur) (?:pour|a) (?:nos|notre|mes) (?:clients?|membres|lecteurs|partenaires)",
            r"(?:tres |vraiment |particulierement |profondement |extremement )?impressionn(?:e|ee|ant|ante|es|ants)",
            r"(?:expert|experte|specialiste|chercheur|chercheuse|scientifique|ingenieur|ingenieure|profil|parcours|carriere|expertise|experience|reputation|competences?|travaux|connaissances?|talent|contributions?|autorite|figure) (?:reconnue?s?|renommee?s?|remarquables?|exceptionnel(?:le)?s?|eminente?s?|brillante?s?|hors du commun|de premier plan|de haut niveau|unique|incontournables?|rares?|impressionnante?s?|prestigieu(?:x|se)|distinguee?s?)",
            r"(?:votre|son|sa) (?:reputation|parcours|profil|carriere|expertise) (?:est|sont) (?:\w+ )?(?:remarquable|exceptionnel(?:le)?|impressionnante?|exemplaire|unique|brillante?)",
            r"(?:remarquable|exceptionnel(?:le)?|brillante?|eminente?|prestigieu(?:x|se)|impressionnante?|riche|solide|formidable|extraordinaire|incroyable) (?:expert|experte|specialiste|profil|parcours|carriere|expertise|experience|reputation|travail|travaux|contribution)",
            r"(?:l'un|l'une) des (?:meilleur(?:e)?s|plus grand(?:e)?s|principaux|principales|plus (?:reconnu(?:e)?s|eminent(?:e)?s|respecte(?:e)?s|renomme(?:e)?s|influent(?:e)?s|qualifie(?:e)?s))",
            r"(?:j'admire|nous admirons|admiration|j'ai beaucoup d'estime|grande estime)",
            r"(?:votre|vos) (?:expertise|eclairage|regard|avis|analyses?|perspective|point de vue|connaissances?|experience) (?:serai(?:en)?t|est|sont|sera(?:ient)?) (?:tres |extremement |particulierement |vraiment )?(?:precieu(?:x|se|ses)|inestimables?|tres appreciee?s?|essentiel(?:le)?s?|indispensables?|d'une grande valeur)",
            r"(?:un|une|des) (?:experts?|specialistes?|profils?|personnalites?) (?:de votre (?:calibre|envergure|niveau|stature|rang)|comme vous)",
            r"de votre (?:calibre|envergure|stature|rang)",
            r"(?:selectionne(?:e|es|s)? (?:avec soin|personnellement)|triee?s? sur le volet|cercle (?:restreint|ferme|exclusif)|groupe (?:restreint|exclusif)|reseau exclusif)",
            r"fort(?:e)? impact|haut niveau",
            # Red flag #11 (CPNI): plain-words flattery in a first note.
            r"(?:votre|vos|ton|tes) (?:travail|travaux|profil|parcours|article|articles|analyses?|publications?|intervention|tribune)(?: \S++){0,6} (?:m'a|m'ont|nous a|nous ont) (?:\w+ )?(?:marque|frappe|impressionne|interpelle|seduit|captive)",
            r"(?:vos|votre) (?:analyses?|eclairages?|travaux|avis|conseils|regards?|lumieres|connaissances) (?:me |nous )(?:seraient|serait|sont|est|seront|sera) (?:tres |extremement |vraiment |particulierement )?(?:precieu(?:x|se|ses)|inestimables?|utiles?)",
            r"exactement le (?:type|genre|profil) d(?:e |')(?:experts?|profils?|personnes?|specialistes?|expertise)",
            r"(?:gens|personnes|experts?|profils?|specialistes?) de votre (?:niveau|calibre|envergure|stature)",
            r"(?:diplomate|experte?|specialiste|professionnel(?:le)?|chercheur|chercheuse|haut fonctionnaire) (?:aussi|si|tres) (?:accompli|eminent|brillant|reconnu|experimente|respecte|talentueux|chevronne)e?s?",
            r"honore(?:e)? d'(?:etre en contact|echanger|etre connecte(?:e)?|entrer en contact)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"mieux que (?:quiconque|personne|la plupart)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:suis|suivais|suivi) (?:vos|votre|ton|tes) (?:travaux|carriere|recherches|publications|articles|parcours) (?:\S+ ){0,3}(?:depuis (?:des annees|longtemps|plusieurs annees|toujours)|de pres|avec (?:grand |beaucoup d'|un vif )?(?:interet|admiration))|admire (?:vos|votre|ton|tes) (?:travaux|carriere|recherches|publications|articles|parcours)",
            r"reputation (?:n'est plus a faire|vous precede|est (?:excellente|remarquable|connue))",
            r"(?:chaudement|vivement|fortement|chaleureusement) recommande",
            r"(?:vous etes|tu es) (?:clairement |sans doute |assurement )?(?:la|une) (?:reference|autorite|sommite)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"aussi (?:bien|finement|profondement|clairement) que vous",
            # Blind-written DEV corpus (twelfth session): a career admired in one exclamation, an honour to talk, a note that circulated
            r"quel(?:le)? (?:\w+ )?(?:parcours|carriere|profil|trajectoire|palmares)",
            r"(?:ce serait|ce sera|c'est|serait|sera) (?:pour nous )?(?:un|une) (?:grand |immense |veritable |reel )?(?:honneur|privilege)",
            r"votre (?:presence|participation|contribution|expertise|regard|voix|eclairage|analyse) (?:serait|sera|nous serait|nous sera) (?:un |une )?(?:\w+ )?(?:honneur|precieu\w+|inestimable|atout|enrichissement|privilege)",
            r"(?:a|ont) (?:beaucoup|largement|abondamment) circule|(?:lu|suivi|ecoute|regarde) (?:\S+ ){0,8}avec (?:un )?(?:grand |beaucoup d'|vif |tres grand |immense )?(?:interet|attention|admiration|plaisir)",
            r"(?:le client|nos clients|mon client|notre client|mon mandant|notre mandant) (?:a|ont) (?:adore|apprecie|beaucoup aime|ete seduits?|ete impressionnes?) (?:ton|votre|vos|tes) (?:profil|parcours|cv|travail|travaux|note|analyse)",
        ],
        "off-platform": [
            # asking for a number to reach the target directly (probes, sixth session)
            r"numero (?:ou|auquel|sur lequel) (?:je|on|nous) (?:peux|pourrais|puisse|pourrions|pouvons|peut|pourrait) vous (?:joindre|appeler|contacter|ecrire)",
            r"plus (?:simple|pratique|facile|sur|discret) (?:d'echanger|de discuter|de continuer|de communiquer|de parler|de se parler) (?:sur|par|via|en)",
            r"(?:poursuivons|continuons|echangeons|passons|discutons|parlons|poursuivre|continuer|echanger|passer|discuter|parler)(?: cet| cette| notre| nos| la)?(?: echange| conversation| discussion| echanges)? (?:par|sur|via|en|avec) (?:e-?mail|mail|courriel|telephone|zoom|teams|skype|signal|whatsapp|wechat|telegram)",
            r"(?:votre|ton|ta) (?:adresse (?:e-?mail|mail|electronique|personnelle)|e-?mail|numero(?: de telephone| de portable)?)",
            r"joignable (?:sur|par|via|au)",
            r"(?:sur|via|par) (?:zoom|teams|skype)",
            r"(?:le mien|la mienne|mon adresse|mon mail|mon e-mail) (?:est|:)",
            r"(?:cette|la) plateforme (?:n'est pas|est peu) (?:pratique|commode|adaptee|securisee|ideale)",
            r"(?:adresse (?:e-?mail |mail |electronique )?|e-?mail |mail |courriel |numero |telephone |portable |contact )(?:personnel(?:le)?|prive(?:e)?|direct(?:e)?)",
            r"(?:en dehors|hors|a l'exterieur) (?:de |d')?(?:linkedin|cette plateforme|la plateforme|ce reseau|ce site)",
            r"(?:canal|moyen|application|messagerie|plateforme|outil) (?:plus )?(?:sur|securise(?:e)?|prive(?:e)?|discret(?:e)?|direct(?:e)?|pratique|chiffre(?:e)?)",
            r"(?:continuer|poursuivre|echanger|discuter|parler|communiquer|contacter|joindre|ajouter|passer|rejoindre|retrouver)(?:-moi| moi)?(?: cette| notre| la| nos)?(?: conversation| discussion| echange| echanges)? (?:sur|via|par|en|avec) "
            + _MSG,
            r"(?:ajoutez|contactez|ecrivez|appelez|joignez|envoyez)-moi (?:sur|via|par|a|au|directement)",
            r"mon (?:wechat|whatsapp|telegram|signal|skype|viber|numero|portable|telephone|mail|e-?mail|adresse)(?: personnel(?:le)?| prive(?:e)?| direct| est)?",
            r"(?:appel|entretien|echange) (?:telephonique|video|en visio|par telephone|sur zoom|sur teams)",
            r"(?:de vive voix|en personne|en face a face|en tete a tete|autour d'un (?:cafe|dejeuner|diner|verre))",
            r"(?:rencontrer|se rencontrer|nous rencontrer|vous rencontrer) (?:en personne|a paris|discretement|en prive)",
            r"votre (?:numero|portable|telephone|adresse (?:e-?mail|mail|personnelle))",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:rarement|presque jamais|tres peu|peu souvent) (?:connecte\w*|sur (?:ce site|linkedin|cette plateforme|ce reseau)|ici)",
            r"(?:connecte|passe|viens) (?:rarement|tres peu|peu|presque jamais) (?:ici|sur)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:ailleurs qu'ici|en dehors d'ici|hors ligne)",
            r"(?:continuons|continuer|poursuivons|poursuivre|parlons|parler|discutons|discuter|echangeons|echanger) (?:plutot |la conversation |cette conversation |la discussion |de cela )?ailleurs",
            r"(?:appeler|joindre|ecrire) sur votre (?:portable|mobile|telephone personnel|numero personnel)",
            # Everyday wording (eighth session): asking for a number or an address, sending by e-mail,
            # a phone call announced.
            r"(?:quel est|quel serait|c'est quoi) (?:votre|ton|le meilleur|un bon) (?:numero|mail|e-?mail|adresse)",
            r"(?:envoie|envoyer|envoyons|enverrai|enverrons|transmets|transmettrai|transmettrons)(?: \S+){0,3} par (?:e-?mail|mail|courriel|whatsapp|wechat|telegram|signal|sms)(?![a-z])",
            r"(?:je vous |je t'|je te |nous vous )(?:appelle|appellerai|rappelle|rappellerai|telephone|telephonerai)(?![a-z])",
            r"(?:plus simple|plus facile|plus pratique|mieux) (?:au|par) telephone",
        ],
        "information-request": [
            # "m'en dire plus sur les projets en cours dans votre service" (probes, sixth session)
            r"(?:travaux|projets?|recherches?|programmes?|activites) en cours (?:dans|de|a|au sein de) (?:votre|vos|ton|ta) (?:service|equipe|laboratoire|labo|departement|direction|unite|entreprise|organisme)",
            r"(?:seules |uniquement )?(?:des |les )?informations (?:publiques|publiquement disponibles|ouvertes)",
            r"(?:sources|donnees) (?:publiques|ouvertes) (?:suffisent|suffiront|suffisantes)",
            r"(?:eclairage|regard|vision|point de vue|information|avis|apercu)s? internes?",
            r"(?:sur )?(?:quels|quelles) (?:programmes?|projets?|sujets?|dossiers?) (?:travaille|travaillent|vous travaillez|tu travailles|votre equipe|ton equipe)",
            r"(?:qui|quelles personnes) (?:d'autre )?(?:dans|au sein de) (?:votre|ton|ta) (?:equipe|service|laboratoire|departement|direction)",
            r"(?:les )?(?:derniers|nouveaux|recents) (?:chiffres|resultats|donnees|transparents|documents)",
            r"(?:partager|envoyer|transmettre|montrer)(?:-moi| moi| nous)? (?:les|vos|tes) (?:transparents|slides|diapositives|chiffres|donnees|notes|documents)",
            r"(?:en dire|me dire|nous dire|m'en dire) (?:un peu )?plus (?:sur|au sujet de|a propos de) (?:vos|votre|tes|ton)",
            r"(?:envoyer|transmettre|partager|faire parvenir|communiquer|adresser)(?:-moi| moi| nous)? (?:votre |vos |un |une |le |la |ta |ton )?(?:courte?s? |breve?s? |petite?s? )?(?:cv|curriculum vitae|biographie|bio|presentation)",
            r"(?:envoyer|transmettre|partager|faire parvenir|communiquer|adresser|joindre)(?:-moi| moi| nous)? (?:votre |vos |un |une |le |la )?(?:cv|curriculum vitae|c\.v\.|biographie|liste (?:de |des )?publications|parcours detaille|dossier)",
            r"votre (?:cv|curriculum vitae|c\.v\.)(?: a jour| actualise| recent| detaille| complet)?",
            r"(?:details?|informations?|precisions|documents?|elements?|donnees|presentations?) (?:sur|concernant|relatifs? a|a propos de|au sujet de|de) (?:vos |votre |les |la |le |l')?(?:travaux|projets?|recherches?|programmes?|equipe|service|laboratoire|activites|missions?|fonctions|organisation|employeur)",
            r"sur quoi (?:travaillez-vous|vous travaillez|travaille votre equipe)",
            r"(?:parlez|decrivez|presentez|expliquez)-(?:moi|nous) (?:un peu |davantage )?(?:vos|votre) (?:travaux|projets?|recherches?|activites|equipe|missions?|fonctions)",
            r"(?:vos|votre) (?:travaux|projets?|recherches?) (?:actuel(?:le)?s?|en cours)",
            r"(?:pourriez|pouvez|pourrais|voudriez)-vous (?:me |nous )?(?:partager|envoyer|transmettre|communiquer|fournir|decrire|preciser|expliquer)",
            r"specifications? techniques?",
            # Red flag #13/#14 (DGSI/DGSE escalation): who decides, the inside view, contacts.
            r"(?:vrais|principaux|veritables) decideurs|decideurs (?:de|dans|au sein de) (?:votre|ton|ta|vos)",
            r"qui (?:decide|prend les decisions|tient les renes|pilote (?:le|ce) dossier)",
            r"(?:regard|vue|vision|point de vue|eclairage) de l'interieur",
            r"contacts (?:au|dans le|dans la|a la|au sein du|au sein de la) (?:ministere|cabinet|gouvernement|administration|service|direction|commission|parlement)",
            r"comment (?:votre|ton|ta|le|la) (?:service|direction|ministere|equipe|administration|unite|agence) (?:procede|fonctionne|gere|traite|decide|recrute|habilite|selectionne)",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"sur quoi (?:se concentre|se concentrent|travaille|travaillent|planche|planchent|porte|portent) (?:votre|vos|ton|ta|le|la)",
            r"(?:idee|apercu|vision|eclairage|contexte|elements) (?:de|sur|quant a) (?:la position|la facon|la maniere|comment|ce que|qui|la ligne|la strategie)",
            r"(?:position|ligne|strategie) (?:que|du|de la|de votre) (?:\w+ )?(?:ministere|gouvernement|direction|delegation|administration|service|entreprise|ministre)",
            r"(?:prend|decide|prennent|decident|decidee?s?|prise?s?|discutee?s?|vue?s?|percue?s?|traitee?s?|geree?s?) en interne",
            r"(?:calendrier|agenda|planning|discussions?|debats?|deliberations?|arbitrages?|strategie|reflexions?|positions?|rivalites?|reorganisation) internes?",
            r"(?:maniere|facon|comment) (?:dont )?(?:la direction|votre direction|votre hierarchie|vos chefs|le ministre|votre ministre|la hierarchie|votre patron|votre directeur|la direction generale)",
            r"(?:savoir|decouvrir|trouver|apprendre|verifier) qui (?:fera|feront|fait|font|sera|seront|est|sont|va|vont|a|ont)",
            r"(?:recuperer|vous procurer|mettre la main sur|obtenir une copie)",
            r"(?:lequel|laquelle|lesquels|qui) (?:de |parmi )(?:vos|tes) (?:collegues|equipes?|agents|collaborateurs)",
            r"(?:personnes|collegues|gens|agents) (?:dans|de|au sein de) (?:votre|ton|ta|vos) (?:\w+ )?(?:equipe|service|direction|ministere|entourage|administration|unite|laboratoire) (?:qui|susceptibles?)",
            r"avant (?:sa|leur|son|la|le|l'|qu'(?:il|elle|ils|elles) (?:ne )?soi\w*) ?(?:\w+ )?(?:publication|annonce|diffusion|sortie|officialisation|publie\w*|annonce\w*)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:parlez|parle|parlez-moi|parle-moi|racontez|racontez-moi)(?:-moi| moi)? (?:un peu )?(?:de|du) (?:votre|ton|ta|vos) (?:poste|role|fonction|fonctions|mission|missions|service|direction|ministere|agence|unite|travail)",
            r"en quoi consiste(?:nt)? (?:votre|ton|ta|vos|le|la|les) (?:poste|role|fonction|fonctions|mission|missions|travail)",
            r"qui est (?:responsable|en charge|charge) (?:de|du|des)",
            r"(?:mettre|mettez)(?:-moi| moi| nous)? en (?:relation|contact) avec",
            r"(?:avis|regard|analyse|lecture|sentiment|eclairage) sur (?:les|la|le|l') ?(?:\w+ )?(?:negociations?|discussions?|appel d'offres|reforme|arbitrages?|decisions?|reunions?|sommet) (?:en cours|a venir|prochaine?s?|actuelle?s?|secrete?s?)",
            r"passe(?:-t-il)? (?:\S+ ){0,3}(?:dans|au sein de|chez) (?:votre|vos|ton|ta)",
            r"comment (?:votre|ton|ta|le|la) (?:\w+ )?(?:agence|ministere|service|direction|entreprise|gouvernement|equipe|administration|unite) (?:compte|va|veut|prevoit|envisage|entend|pense|voit|reagit|reagira|se prepare)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:savez-vous|vous savez|sauriez-vous) (?:qui|ce que|ce qui|quel|quelle|quels|quelles|comment|si|pourquoi|quand|ou)",
            r"(?:quelque chose|des choses|des elements) (?:que vous |qu'on |a )?(?:pourriez |pouvez |puissiez )?(?:partager|dire|raconter|transmettre)",
            r"(?:ce que|comment) (?:votre|vos|ton|ta) (?:\w+ )?(?:agence|ministere|direction|service|administration|gouvernement|unite|cabinet|hierarchie|employeur|ministre) (?:pense|pensent|voit|voient|prevoit|prepare|compte|fait|veut)",
            r"(?:ambiance|climat|humeur|moral) (?:\S+ ){0,3}(?:dans|au sein de|chez) (?:votre|vos|ton|ta)",
            # Blind-written DEV corpus (twelfth session): meeting the engineers of one's team, which files one follows
            r"(?:ingenieurs|collegues|personnes|membres|agents|chercheurs) de (?:votre|ton) (?:equipe|service|unite|direction|laboratoire|bureau) qui (?:travaillent|s'occupent|gerent|suivent|sont)",
            r"(?:quels|quelles) (?:dossiers|programmes|projets|sujets) (?:vous |tu )?(?:suivez|suis|gerez|geres|traitez|traites|couvrez)|dossiers suivis",
        ],
        "secrecy": [
            r"(?:rester|reste|restera|demeurer) anonymes?",
            r"confidentiel(?:le|les|s|lement)?|confidentialite",
            r"discret(?:e|es|s|ement)?|discretion",
            r"(?:a titre|de maniere|de facon) (?:prive(?:e)?|personnel(?:le)?|officieu(?:x|se))|officieusement",
            r"(?:accord|clause) de (?:confidentialite|non[- ]divulgation)|(?<![a-z])nda(?![a-z])",
            r"(?:sujet|affaire|dossier|question) (?:sensible|delicate?)",
            r"(?:sans bruit|en toute (?:discretion|confidentialite))",
            # Red flag #12 (DGSI/DGSE): the new channel is sold as "safer for both of us".
            r"plus (?:sur|securise|discret|prudent) pour (?:nous|nous deux|tous les deux)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"strictement (?:personnel(?:le)?|prive(?:e)?|entre nous)",
            r"(?:profil bas|sans faire de bruit)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:rien|jamais) (?:\w+ ){0,3}par ecrit",
            # Blind-written DEV corpus (twelfth session): approaching people without naming who sent them
            r"sans (?:mentionner|citer|donner|reveler|dire) (?:votre|ton) nom|sans (?:vous|te) (?:citer|nommer|mentionner)",
        ],
        "urgency": [
            r"(?:reponse|retour|confirmation|decision) (?:d'ici|avant|pour) (?:le |la |lundi|mardi|mercredi|jeudi|vendredi|demain|\d)",
            r"cette semaine",
            r"(?:le )?(?:delai|calendrier) (?:est )?(?:assez |tres |plutot |un peu )?(?:court|serre|contraint)",
            r"(?:delai|calendrier) serre",
            r"(?:d'ici|avant) (?:le )?(?:\d{1,2}|mardi|mercredi|jeudi|samedi|dimanche|la semaine prochaine)",
            r"(?:reponse|retour) (?:rapide|d'ici|avant|au plus vite)",
            r"(?:places?|nombre de places) (?:limitees?|sont limitees)",
            r"(?:desole|pardon|excusez-moi) (?:pour|de) (?:l'urgence|la precipitation|ce delai)",
            r"urgent(?:e|es|s)?|urgence",
            r"(?:au plus vite|des que possible|au plus tot|rapidement|sans tarder|sans delai|dans les (?:plus )?brefs delais|immediatement|tout de suite)",
            r"(?:sous|dans les|d'ici) (?:\d+|24|48|72|deux|trois|quelques) (?:heures|jours|h)",
            r"(?:d'ici|avant) (?:demain|ce soir|la fin de (?:la )?(?:journee|semaine)|vendredi|lundi)",
            r"(?:places|places disponibles) (?:sont )?(?:limitees|restantes)|derniere chance|ne (?:manquez|ratez) pas",
            r"(?:date limite|delai) (?:est )?(?:proche|demain|imminente?|aujourd'hui)",
            r"reponse rapide",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:reponse|retour|decision) (?:des |avant |d'ici )?(?:aujourd'hui|ce soir|ce matin)",
            r"attendra pas|attendront pas|(?:peut|peuvent|pourra) pas attendre",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"plus tard (?:le |d'ici )?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|ce soir|\d)|dernier delai",
            r"(?:assez |tres |plutot )?pressant",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"presse(?:e|s|es)? par le temps|course contre la montre",
            # Everyday wording (eighth session): a deadline days away, an hour to submit by.
            r"(?:date limite|delai|echeance) (?:est |tombe |expire )?(?:(?:la semaine|le mois) prochaine?|demain|aujourd'hui|ce (?:soir|week-end|lundi|mardi|mercredi|jeudi|vendredi)|lundi|mardi|mercredi|jeudi|vendredi|dans (?:\w+ )?jours?)",
            r"(?:rendre|envoyer|soumettre|repondre|reponse|confirmer|confirmation|livrer|remettre|renvoyer)(?: \S+){0,4} (?:avant|d'ici) (?:\d{1,2} ?h(?:\d\d)?(?![a-z])|midi|ce soir|la fin de (?:la )?journee)",
            r"(?:pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|tu peux|vous pouvez) (?:\w+ ){1,3}aujourd'hui ?\?",
        ],
        "job-offer": [
            r"nouveau defi",
            r"(?:un|le|ce|du) poste",
            r"(?:correspond|correspondrait|convient|conviendrait) (?:a|parfaitement a) (?:votre|ton) (?:parcours|profil|experience)",
            r"(?:recrute|recrutent|recherche|recherchent|cherche) (?:un\(e\)|une?|des)",
            r"(?:offre|opportunite|proposition|perspective)s? (?:d'emploi|de poste|professionnelle?s?|de carriere|d'embauche)",
            r"(?:poste|postes|fonction) (?:de |d'|a pourvoir|en cdi|en cdd|ouvert|vacant|cle|senior|de direction)",
            r"(?:nous recrutons|je recrute|nous recherchons|je recherche|recrute|recherche) (?:un|une|des|pour)",
            # "je recrute actuellement un(e) …": an adverb between the verb and the post.
            r"(?:recrute|recrutons|recrutent|recherche|recherchons) (?:actuellement|en ce moment|aujourd'hui|activement) (?:un\(e\)|une?|des|pour)",
            r"(?:recrutement|chasseur de tetes|chasse de tetes|cabinet de recrutement|talent acquisition|recruteur|recruteuse)",
            # Natural phrasing (issue #4): "notre client recrute." (no object).
            r"(?:recrute|recrutent|embauche|embauchent)(?=\s*[.,;!?]|\s*$)",
            r"(?:cdi|cdd)(?![a-z])",
            r"(?:salaire|package|remuneration fixe|avantages sociaux|prime annuelle)",
            r"(?:rejoindre|integrer) (?:notre|une|l'|leur) (?:\w+ ){0,2}equipe",
            r"(?:ouvert|ouverte|interesse|interessee) (?:a|par) (?:une |un |de )?(?:nouvelle?s? )?(?:opportunite|poste|evolution|changement)",
            r"candidature",
            # Working conditions of a salaried post (remote days), not of a paid task.
            r"teletravail",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"(?:role|poste|fonction|mandat|siege) (?:de |d')?(?:conseiller|conseillere|consultant|administrateur|administratrice|membre du conseil|expert)",
            r"siege (?:au|dans notre|dans le) (?:conseil|comite)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"qui vous (?:irait|conviendrait|correspondrait|plairait)",
        ],
        "event-invitation": [
            # Everyday organiser wording (eighth session).
            r"inviter a (?:intervenir|parler|presenter|prendre la parole|donner une conference)",
            r"(?:organise|organisons|organisent) (?:le|la|l'|un|une) (?:\S+ ){0,4}(?:sommet|conference|forum|colloque|seminaire|atelier|summit|congres|rencontres?|ecole d'ete)(?![a-z])",
            r"(?:vous etes|tu es|es-tu|etes-vous) (?:cordialement |chaleureusement )?invite(?:e|\(e\)|s|es|\(e\)s)?",
            r"(?:intervenants?|intervenantes?|orateurs?|oratrices?|conferenciers?|panelistes?)",
            r"comite (?:de programme|scientifique|d'organisation|organisateur)",
            r"(?:viens-tu|venez-vous|serez-vous|seras-tu|participerez-vous|participeras-tu) (?:au|a la|a l'|aux|a notre)",
            r"(?:participer|intervenir|prendre part) (?:a|au|a la) (?:une |notre |la |un |ce |cette )?(?:table ronde|panel|atelier|seminaire|webinaire|colloque|conference|debat|dialogue|forum)",
            r"(?:rejoignez|rejoindre|rejoins) (?:notre|le|la|nos) (?:webinaire|atelier|seminaire|table ronde|panel|conference|colloque)",
            r"honore(?:e|s|es)? de vous (?:compter|accueillir|recevoir|inviter)",
            r"(?:vous )?(?:inviter|invitons|invite|convier|convions) (?:a |au |aux |en tant que |comme )?(?:intervenir|participer|prendre la parole|presenter|notre|une|un|la|le|nos|ce|cette)? ?(?:\w+ ){0,3}(?:conference|colloque|seminaire|atelier|forum|table ronde|symposium|sommet|webinaire|congres|rencontre|evenement|journee d'etude)",
            r"(?:notre|nos|mon|ma|notre prochain|notre prochaine|le prochain|la prochaine|notre futur|notre grand) (?:\w++ ){0,2}(?:conference|colloque|seminaire|atelier|forum|table ronde|symposium|sommet|webinaire|congres|journee d'etude|journees d'etudes)s?",
            r"(?:orateur|oratrice|intervenant|intervenante|conferencier|conferenciere|grand temoin|invite d'honneur|keynote)",
            r"(?:appel a (?:communications|contributions|intervenants))",
            r"prendre la parole",
            # Natural phrasing (issue #4), from the escalation steps of the guidance:
            r"(?:accueillir|inviter|recevoir|emmener) (?:\S+ ){0,5}(?:voyage d'etudes?|delegations?|sejour d'etudes?|mission d'etudes?)",
            # Natural phrasing (issue #4), everyday wording of the same red flag:
            r"vous inviter (?:a|au|aux|pour|en|dans) (?:un|une|notre|nos|le|la|l')? ?(?:\w+ ){0,3}(?:diner|dejeuner|reception|visite|voyage|rencontre|reunion|echange|sejour|table ronde|forum|evenement|ceremonie|programme)",
            r"nous rejoindre (?:a|au|en|pour|dans)",
            r"(?:ravis|heureux|honores|content|contents) de vous (?:accueillir|recevoir|avoir parmi nous|compter parmi nous)",
            # Natural phrasing (issue #4), open questions about the target's organisation and the rest:
            r"(?:organisons|organise|organisent|accueillons|tenons) (?:un|une) (?:\S+ ){0,2}(?:atelier|seminaire|colloque|conference|table ronde|forum|symposium|dialogue|diner|sommet)",
            # Natural phrasing (issue #4): the invitation stated by what the guest will do:
            r"confirmer (?:votre|ta) (?:participation|presence|venue|inscription)",
            r"(?:faire|donner|assurer|prononcer) (?:une|un) (?:\w+ )?(?:intervention|conference|expose|presentation|discours|keynote)",
            r"(?:faire venir|inviter|accueillir|emmener) (?:\S+ ){0,5}(?:pour|a|dans) (?:un|une|notre|l'une de nos|l'un de nos) (?:\S+ ){0,3}(?:seminaire|atelier|colloque|conference|forum|delegations?|sommet|table ronde|visite)",
            # Blind-written DEV corpus (twelfth session): a closed-door meeting, a seminar, the pleasure of inviting, a plant visit
            r"(?:rencontres?|reunions?|tables? rondes?|seminaires?|diners?|dejeuners?|ateliers?|colloques?) (?:\w+ )?(?:a huis clos|privee?s?|fermee?s?|restreinte?s?|informel(?:le)?s?|d'experts)",
            r"seminaire (?:prive|d'integration|d'experts|ferme|restreint)|en marge d'un (?:seminaire|colloque|forum|sommet)",
            r"(?:le plaisir|l'honneur|heureux|ravis?) de vous (?:inviter|convier|accueillir|recevoir)",
            r"(?:venir )?visiter (?:notre|nos) (?:usine|usines|site|sites|installations|locaux|laboratoire|siege)",
        ],
    },
)
