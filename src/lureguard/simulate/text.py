"""Message text: fragment pools per language, composed by recipes.

Why fragments: a message's ground-truth categories are the union of the
categories of the fragments it was built from, so the truth is exact, and the
*same* fragment pools serve genuine senders and fake personas. Genuine organisers
pay travel, genuine recruiters say "confidential", colleagues move to e-mail; a
lure differs by combination and context far more than by any single phrase.

Fragment syntax: ``[a|b|c]`` picks one alternative when a template is composed;
``{slot}`` is filled per message (``first``, ``me``, ``org``, ``topic``, ``firm``,
``city``, ``event``, ``fee``, ``channel``, ``email``, ``days``, ``role``, ``prev``).
A pool key ``cat/flavour`` carries contract category ``cat``; keys without a
contract category carry none.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Final

from lureguard.contract import LURE_CATEGORIES

_CAT_BIT: Final = {c: 1 << i for i, c in enumerate(LURE_CATEGORIES)}

# fmt: off
POOLS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    # ------------------------------------------------------------------ neutral
    "greet": {
        "en": ("Hi {first},", "Hello {first},", "Dear {first},", "Good morning {first},", "{first},", "Hi {first}!", "Dear Dr {last},"),
        "fr": ("Bonjour {first},", "Bonjour {first} !", "Cher {first},", "Bonsoir {first},", "{first},", "Madame, Monsieur,", "Salut {first},"),
        "de": ("Hallo {first},", "Guten Tag {first},", "Liebe/r {first},", "Sehr geehrte/r {first} {last},", "Hi {first},", "{first},", "Guten Morgen {first},"),
    },
    "close": {
        "en": ("Best regards,\n{me}", "Kind regards, {me}", "Thanks, {me}", "[Best|Cheers|All the best],\n{me}", "Looking forward to hearing from you.\n{me}", "Regards"),
        "fr": ("Bien cordialement,\n{me}", "Cordialement, {me}", "Merci d'avance, {me}", "[Belle journée|Bonne fin de semaine],\n{me}", "Au plaisir d'échanger.\n{me}", "Bien à vous"),
        "de": ("Viele Grüße\n{me}", "Beste Grüße, {me}", "Danke und Gruß, {me}", "Mit freundlichen Grüßen\n{me}", "Ich freue mich auf Ihre Rückmeldung.\n{me}", "LG {me}"),
    },
    "thanks_connect": {
        "en": ("Thank you for accepting my invitation.", "Thanks for connecting!", "Great to be connected.", "Many thanks for adding me to your network."),
        "fr": ("Merci d'avoir accepté mon invitation.", "Merci pour la mise en relation !", "Ravi d'être en contact.", "Merci de m'avoir ajouté à votre réseau."),
        "de": ("Danke für die Annahme meiner Einladung.", "Danke fürs Vernetzen!", "Schön, dass wir vernetzt sind.", "Vielen Dank für die Kontaktbestätigung."),
    },
    "connect_note": {
        "en": ("I'd like to add you to my professional network.", "I came across your profile and would be glad to connect.", "We work in related fields, let's connect.",
               "It would be great to stay in touch.", "Following your work on {topic}, I'd be happy to connect.", "We met briefly at the {event}, happy to connect."),
        "fr": ("Je souhaiterais vous ajouter à mon réseau professionnel.", "J'ai vu votre profil et serais ravi d'être en contact.", "Nous travaillons dans des domaines proches, restons en contact.",
               "Ce serait un plaisir de garder le contact.", "Je suis vos travaux sur {topic} et serais heureux d'échanger.", "Nous nous sommes croisés au {event}, au plaisir d'échanger."),
        "de": ("Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.", "Ich bin auf Ihr Profil gestoßen und würde mich gerne vernetzen.", "Wir arbeiten in verwandten Bereichen, lassen Sie uns vernetzen.",
               "Es wäre schön, in Kontakt zu bleiben.", "Ich verfolge Ihre Arbeit zu {topic} und würde mich gerne vernetzen.", "Wir haben uns kurz auf dem {event} gesehen, gerne vernetzen."),
    },
    "colleague": {
        "en": ("Did you get a chance to look at the draft on {topic}?", "Are we still on for the meeting on Thursday?", "I've updated the slides, let me know what you think.",
               "Quick question about the {topic} budget line.", "Welcome to the team!", "Congrats on the new role!", "Can we move our call to next week?",
               "The review went well, thanks for your help.", "I'll be in {city} next week if you want to grab a coffee.", "Have you seen the new call for proposals?",
               "Thanks again for yesterday's session.", "I'm putting together the agenda for the workshop, any input?"),
        "fr": ("As-tu pu relire le projet de note sur {topic} ?", "On maintient la réunion de jeudi ?", "J'ai mis à jour les transparents, dis-moi ce que tu en penses.",
               "Petite question sur la ligne budgétaire {topic}.", "Bienvenue dans l'équipe !", "Félicitations pour ton nouveau poste !", "Peut-on décaler notre point à la semaine prochaine ?",
               "La revue s'est bien passée, merci pour ton aide.", "Je serai à {city} la semaine prochaine, un café ?", "As-tu vu le nouvel appel à projets ?",
               "Merci encore pour la séance d'hier.", "Je prépare l'ordre du jour de l'atelier, des suggestions ?"),
        "de": ("Hast du dir den Entwurf zu {topic} schon angesehen?", "Bleibt es beim Termin am Donnerstag?", "Ich habe die Folien aktualisiert, was meinst du?",
               "Kurze Frage zur Haushaltslinie {topic}.", "Willkommen im Team!", "Glückwunsch zur neuen Stelle!", "Können wir unseren Call auf nächste Woche schieben?",
               "Das Review lief gut, danke für deine Hilfe.", "Ich bin nächste Woche in {city}, Lust auf einen Kaffee?", "Hast du die neue Ausschreibung gesehen?",
               "Nochmals danke für die Sitzung gestern.", "Ich stelle die Agenda für den Workshop zusammen, Vorschläge?"),
    },
    "academic": {
        "en": ("I enjoyed your recent paper on {topic}.", "Our group is working on {topic} too, maybe we could compare notes.", "We are preparing a joint proposal on {topic} and are looking for partners.",
               "I am a researcher at {firm} working on {topic}.", "Would you be interested in co-supervising a student on {topic}?", "Our lab hosted a seminar on {topic} last month."),
        "fr": ("J'ai beaucoup apprécié votre article récent sur {topic}.", "Notre équipe travaille aussi sur {topic}, nous pourrions comparer nos approches.", "Nous préparons un projet commun sur {topic} et cherchons des partenaires.",
               "Je suis chercheur à {firm} et travaille sur {topic}.", "Seriez-vous intéressé par le co-encadrement d'un doctorant sur {topic} ?", "Notre laboratoire a organisé un séminaire sur {topic} le mois dernier."),
        "de": ("Ihr aktueller Artikel zu {topic} hat mir sehr gefallen.", "Unsere Gruppe arbeitet ebenfalls an {topic}, vielleicht können wir uns austauschen.", "Wir bereiten einen gemeinsamen Antrag zu {topic} vor und suchen Partner.",
               "Ich forsche bei {firm} zu {topic}.", "Hätten Sie Interesse, eine Doktorandin zu {topic} mitzubetreuen?", "Unser Labor hatte letzten Monat ein Seminar zu {topic}."),
    },
    "sales": {
        "en": ("We help teams like yours at {org} cut costs on {topic} tooling.", "{firm} has just released a new platform for {topic}.", "Many organisations in your sector already use our solution.",
               "I'd love to show you a short demo.", "We are offering a free pilot this quarter."),
        "fr": ("Nous aidons des équipes comme la vôtre à {org} à réduire leurs coûts sur {topic}.", "{firm} vient de lancer une nouvelle plateforme pour {topic}.", "De nombreux acteurs de votre secteur utilisent déjà notre solution.",
               "Je serais ravi de vous montrer une courte démo.", "Nous proposons un pilote gratuit ce trimestre."),
        "de": ("Wir helfen Teams wie Ihrem bei {org}, Kosten im Bereich {topic} zu senken.", "{firm} hat gerade eine neue Plattform für {topic} vorgestellt.", "Viele Organisationen Ihrer Branche nutzen bereits unsere Lösung.",
               "Gerne zeige ich Ihnen eine kurze Demo.", "Wir bieten in diesem Quartal ein kostenloses Pilotprojekt an."),
    },
    # persona introductions (used by genuine firms and by fakes claiming similar employers)
    "intro_consultant": {
        "en": ("I work for {firm}, a consultancy advising clients on {topic}.", "I'm a consultant at {firm}; we support [investors|companies|public bodies] interested in {topic}.",
               "My name is {me} and I lead projects on {topic} at {firm}.", "{firm} runs studies for [international|Asian|European] clients in your field."),
        "fr": ("Je travaille pour {firm}, un cabinet qui conseille ses clients sur {topic}.", "Je suis consultant chez {firm} ; nous accompagnons des [investisseurs|entreprises|acteurs publics] intéressés par {topic}.",
               "Je m'appelle {me} et je pilote des projets sur {topic} chez {firm}.", "{firm} réalise des études pour des clients [internationaux|asiatiques|européens] dans votre domaine."),
        "de": ("Ich arbeite für {firm}, eine Beratung mit Schwerpunkt {topic}.", "Ich bin Berater bei {firm}; wir unterstützen [Investoren|Unternehmen|öffentliche Stellen] im Bereich {topic}.",
               "Mein Name ist {me}, ich leite Projekte zu {topic} bei {firm}.", "{firm} erstellt Studien für [internationale|asiatische|europäische] Kunden in Ihrem Fachgebiet."),
    },
    "intro_think-tank": {
        "en": ("I am a fellow at {firm}, where we study {topic}.", "{firm} is an independent institute that brings together experts on {topic}.",
               "I coordinate the {topic} programme at {firm}.", "Our institute, {firm}, publishes policy papers on {topic}."),
        "fr": ("Je suis chercheur associé à {firm}, où nous étudions {topic}.", "{firm} est un institut indépendant qui réunit des experts de {topic}.",
               "Je coordonne le programme {topic} de {firm}.", "Notre institut, {firm}, publie des notes d'analyse sur {topic}."),
        "de": ("Ich bin Fellow bei {firm}, wo wir zu {topic} forschen.", "{firm} ist ein unabhängiges Institut, das Fachleute zu {topic} zusammenbringt.",
               "Ich koordiniere das Programm {topic} bei {firm}.", "Unser Institut {firm} veröffentlicht Analysen zu {topic}."),
    },
    "intro_business-representative": {
        "en": ("I represent {firm}, which is looking for partners in {topic}.", "I'm in charge of business development at {firm}.",
               "{firm} is expanding its activities in Europe, particularly in {topic}.", "I work with companies seeking cooperation on {topic}."),
        "fr": ("Je représente {firm}, qui cherche des partenaires dans le domaine {topic}.", "Je suis responsable du développement chez {firm}.",
               "{firm} développe ses activités en Europe, notamment en {topic}.", "J'accompagne des entreprises qui cherchent des coopérations sur {topic}."),
        "de": ("Ich vertrete {firm}, das Partner im Bereich {topic} sucht.", "Ich verantworte die Geschäftsentwicklung bei {firm}.",
               "{firm} baut seine Aktivitäten in Europa aus, besonders im Bereich {topic}.", "Ich begleite Unternehmen, die Kooperationen zu {topic} suchen."),
    },
    "intro_headhunter": {
        "en": ("I'm a recruiter at {firm}.", "I work in executive search at {firm}, focusing on {topic} profiles.", "{firm} recruits senior experts for clients in {topic}.",
               "I'm {me}, talent partner at {firm}."),
        "fr": ("Je suis recruteur chez {firm}.", "Je travaille en chasse de têtes chez {firm}, sur les profils {topic}.", "{firm} recrute des experts confirmés pour des clients en {topic}.",
               "Je suis {me}, consultante en recrutement chez {firm}."),
        "de": ("Ich bin Recruiter bei {firm}.", "Ich arbeite in der Direktansprache bei {firm}, Schwerpunkt {topic}.", "{firm} sucht erfahrene Fachleute für Kunden im Bereich {topic}.",
               "Ich bin {me}, Talent Partner bei {firm}."),
    },
    "intro_organiser": {
        "en": ("I'm on the programme committee of the {event}.", "I organise the {event}, held in {city}.", "We are putting together the speaker line-up for the {event}."),
        "fr": ("Je fais partie du comité de programme du {event}.", "J'organise le {event}, qui aura lieu à {city}.", "Nous constituons la liste des intervenants du {event}."),
        "de": ("Ich bin im Programmkomitee des {event}.", "Ich organisiere das {event} in {city}.", "Wir stellen gerade das Programm für das {event} zusammen."),
    },
    "intro_expert-network": {
        "en": ("I work at {firm}, an expert network connecting specialists with our clients.", "{firm} arranges short paid consultations between experts and investors."),
        "fr": ("Je travaille chez {firm}, un réseau d'experts qui met des spécialistes en relation avec nos clients.", "{firm} organise de courtes consultations rémunérées entre experts et investisseurs."),
        "de": ("Ich arbeite bei {firm}, einem Expertennetzwerk, das Fachleute mit unseren Kunden verbindet.", "{firm} vermittelt kurze bezahlte Gespräche zwischen Experten und Investoren."),
    },
    "handoff": {
        "en": ("My colleague {prev} mentioned your profile to me.", "{prev} passed on your details, I hope that's alright.", "I'm following up on the conversation you had with {prev}."),
        "fr": ("Mon collègue {prev} m'a parlé de votre profil.", "{prev} m'a transmis vos coordonnées, j'espère que cela ne vous dérange pas.", "Je fais suite à votre échange avec {prev}."),
        "de": ("Mein Kollege {prev} hat mir Ihr Profil empfohlen.", "{prev} hat mir Ihre Kontaktdaten gegeben, ich hoffe, das ist in Ordnung.", "Ich knüpfe an Ihr Gespräch mit {prev} an."),
    },
    "reply_yes": {
        "en": ("Thanks for reaching out, that sounds interesting.", "Happy to hear more.", "Sure, what did you have in mind?", "Thank you, I might be interested."),
        "fr": ("Merci pour votre message, cela semble intéressant.", "Avec plaisir, dites-m'en plus.", "Volontiers, qu'aviez-vous en tête ?", "Merci, cela pourrait m'intéresser."),
        "de": ("Danke für Ihre Nachricht, das klingt interessant.", "Gerne, erzählen Sie mehr.", "Klar, woran hatten Sie gedacht?", "Danke, das könnte mich interessieren."),
    },
    "reply_question": {
        "en": ("Which client is this for?", "Could you tell me more about your organisation?", "What exactly would the work involve?", "How did you find my profile?"),
        "fr": ("Pour quel client est-ce ?", "Pouvez-vous m'en dire plus sur votre organisation ?", "En quoi consisterait exactement le travail ?", "Comment avez-vous trouvé mon profil ?"),
        "de": ("Für welchen Kunden ist das?", "Können Sie mir mehr über Ihre Organisation sagen?", "Worum genau ginge es?", "Wie sind Sie auf mein Profil gekommen?"),
    },
    "reply_no": {
        "en": ("Thanks, but I'm not available at the moment.", "I'm afraid I can't take this on.", "Not interested, thank you."),
        "fr": ("Merci, mais je ne suis pas disponible actuellement.", "Je crains de ne pas pouvoir donner suite.", "Pas intéressé, merci."),
        "de": ("Danke, aber ich habe derzeit keine Kapazität.", "Leider kann ich das nicht übernehmen.", "Kein Interesse, danke."),
    },
    # ------------------------------------------------------------- categories
    "flattery/shared": {
        "en": ("I was impressed by your [talk|presentation|paper] on {topic}.", "Your experience at {org} is [remarkable|impressive|exactly what we need].",
               "You are clearly one of the [leading|most respected|best-known] experts on {topic}.", "Great talk at the {event}!", "Your profile stood out among many."),
        "fr": ("J'ai été impressionné par votre [intervention|présentation|article] sur {topic}.", "Votre expérience à {org} est [remarquable|impressionnante|exactement ce que nous cherchons].",
               "Vous êtes manifestement l'un des [meilleurs|plus reconnus|principaux] spécialistes de {topic}.", "Belle intervention au {event} !", "Votre profil se distingue parmi beaucoup d'autres."),
        "de": ("Ihr [Vortrag|Beitrag|Artikel] zu {topic} hat mich beeindruckt.", "Ihre Erfahrung bei {org} ist [bemerkenswert|beeindruckend|genau das, was wir suchen].",
               "Sie gehören offensichtlich zu den [führenden|angesehensten|bekanntesten] Fachleuten für {topic}.", "Toller Vortrag auf dem {event}!", "Ihr Profil ist mir unter vielen aufgefallen."),
    },
    "flattery/lure": {
        "en": ("We are looking for renowned experts like you.", "Your insight would be extremely valuable to our clients.", "Someone with your expertise is rare, and highly appreciated in Asia."),
        "fr": ("Nous recherchons des experts reconnus comme vous.", "Votre regard serait extrêmement précieux pour nos clients.", "Une expertise comme la vôtre est rare et très appréciée en Asie."),
        "de": ("Wir suchen renommierte Fachleute wie Sie.", "Ihre Einschätzung wäre für unsere Kunden äußerst wertvoll.", "Expertise wie Ihre ist selten und in Asien sehr geschätzt."),
    },
    "paid-work/shared": {
        "en": ("We would of course pay a fee of {fee}.", "The work is remunerated ({fee}).", "There is an honorarium of {fee}.", "Compensation would be {fee} for a few hours of your time."),
        "fr": ("Nous prévoyons bien entendu une rémunération de {fee}.", "Le travail est rémunéré ({fee}).", "Une indemnité de {fee} est prévue.", "La rémunération serait de {fee} pour quelques heures de votre temps."),
        "de": ("Selbstverständlich zahlen wir ein Honorar von {fee}.", "Die Arbeit wird vergütet ({fee}).", "Es gibt eine Aufwandsentschädigung von {fee}.", "Die Vergütung läge bei {fee} für wenige Stunden Ihrer Zeit."),
    },
    "paid-work/lure": {
        "en": ("Our client would like a short report on {topic}, a few pages would be enough.", "Would you write an analysis of {topic} trends in Europe for our client?",
               "We are commissioning papers on {topic}, only public information is needed at first.", "A one-off paid study on {topic} for a client in Asia."),
        "fr": ("Notre client souhaiterait un court rapport sur {topic}, quelques pages suffiraient.", "Accepteriez-vous de rédiger une analyse des tendances de {topic} en Europe pour notre client ?",
               "Nous commandons des notes sur {topic}, seules des informations publiques sont nécessaires au départ.", "Une étude ponctuelle rémunérée sur {topic} pour un client en Asie."),
        "de": ("Unser Kunde wünscht einen kurzen Bericht zu {topic}, wenige Seiten würden genügen.", "Würden Sie für unseren Kunden eine Analyse der Entwicklungen bei {topic} in Europa schreiben?",
               "Wir beauftragen Papiere zu {topic}, zunächst reichen öffentliche Informationen.", "Eine einmalige bezahlte Studie zu {topic} für einen Kunden in Asien."),
    },
    "paid-work/expert": {
        "en": ("Our client would like a one-hour paid call on {topic}.", "Would you be available for a paid consultation about the {topic} market?"),
        "fr": ("Notre client souhaiterait un entretien rémunéré d'une heure sur {topic}.", "Seriez-vous disponible pour une consultation rémunérée sur le marché de {topic} ?"),
        "de": ("Unser Kunde wünscht ein bezahltes einstündiges Gespräch zu {topic}.", "Hätten Sie Zeit für eine bezahlte Beratung zum Markt für {topic}?"),
    },
    "paid-travel/shared": {
        "en": ("Travel and accommodation will be covered.", "We cover flights and hotel for speakers.", "All expenses would be paid by the organisers.",
               "[Economy|Business] class flights and two nights' accommodation are included.", "We reimburse travel costs."),
        "fr": ("Les frais de déplacement et d'hébergement sont pris en charge.", "Nous prenons en charge vol et hôtel pour les intervenants.", "Tous les frais seraient payés par les organisateurs.",
               "Le vol et deux nuits d'hôtel sont inclus.", "Nous remboursons les frais de voyage."),
        "de": ("Reise- und Übernachtungskosten werden übernommen.", "Wir übernehmen Flug und Hotel für Vortragende.", "Sämtliche Kosten trägt der Veranstalter.",
               "Flug und zwei Hotelnächte sind inbegriffen.", "Wir erstatten die Reisekosten."),
    },
    "paid-travel/lure": {
        "en": ("Our client would be delighted to invite you to {city} to meet in person, all expenses paid.", "We could arrange a short trip to {city} so you can meet our partners; everything is taken care of.",
               "Why not combine the work with a visit to {city}? We would handle flights and hotel."),
        "fr": ("Notre client serait ravi de vous inviter à {city} pour vous rencontrer, tous frais payés.", "Nous pourrions organiser un court séjour à {city} pour rencontrer nos partenaires ; tout est pris en charge.",
               "Pourquoi ne pas combiner ce travail avec une visite à {city} ? Nous nous occupons du vol et de l'hôtel."),
        "de": ("Unser Kunde würde Sie gerne nach {city} einladen, alle Kosten übernommen.", "Wir könnten eine kurze Reise nach {city} organisieren, um unsere Partner zu treffen; es ist für alles gesorgt.",
               "Wie wäre es, die Arbeit mit einem Besuch in {city} zu verbinden? Flug und Hotel übernehmen wir."),
    },
    "off-platform/shared": {
        "en": ("Could we continue by email? Mine is {email}.", "It may be easier to talk on {channel}.", "Could you send me your email address?", "Shall we have a quick call? My number is on {channel}.",
               "Let's continue this conversation by email."),
        "fr": ("Pouvons-nous poursuivre par e-mail ? Le mien est {email}.", "Ce serait plus simple d'échanger sur {channel}.", "Pourriez-vous m'envoyer votre adresse e-mail ?",
               "Un rapide appel ? Je suis joignable sur {channel}.", "Poursuivons cet échange par mail."),
        "de": ("Können wir per E-Mail weitermachen? Meine Adresse ist {email}.", "Auf {channel} wäre es vielleicht einfacher.", "Könnten Sie mir Ihre E-Mail-Adresse schicken?",
               "Kurzes Telefonat? Sie erreichen mich über {channel}.", "Lassen Sie uns per Mail weitersprechen."),
    },
    "off-platform/lure": {
        "en": ("This platform is not convenient for documents, do you use {channel}?", "My colleagues prefer {channel}, could I add you there?", "Please add me on {channel} so we can discuss details privately."),
        "fr": ("Cette plateforme n'est pas pratique pour les documents, utilisez-vous {channel} ?", "Mes collègues préfèrent {channel}, puis-je vous y ajouter ?", "Ajoutez-moi sur {channel}, nous discuterons des détails en privé."),
        "de": ("Für Dokumente ist diese Plattform unpraktisch, nutzen Sie {channel}?", "Meine Kollegen bevorzugen {channel}, darf ich Sie dort hinzufügen?", "Fügen Sie mich bitte auf {channel} hinzu, dann besprechen wir Details vertraulich."),
    },
    "information-request/shared": {
        "en": ("Could you send me your updated CV?", "Could you share the slides?", "Would you send me a short bio?", "Could you tell me a bit more about your current projects?",
               "Do you have the latest figures at hand?"),
        "fr": ("Pourriez-vous m'envoyer votre CV à jour ?", "Pourrais-tu partager les transparents ?", "Pourriez-vous m'envoyer une courte biographie ?",
               "Pourriez-vous m'en dire un peu plus sur vos projets actuels ?", "As-tu les derniers chiffres sous la main ?"),
        "de": ("Könnten Sie mir Ihren aktuellen Lebenslauf schicken?", "Kannst du die Folien teilen?", "Würden Sie mir eine kurze Bio schicken?",
               "Können Sie mir etwas mehr über Ihre aktuellen Projekte erzählen?", "Hast du die aktuellen Zahlen zur Hand?"),
    },
    "information-request/lure": {
        "en": ("It would help to know which programmes your team is involved in.", "Could you describe your role in the {topic} projects at {org}?", "Who else in your department works on {topic}?",
               "Any internal view on where {org} is heading would be very useful."),
        "fr": ("Il serait utile de savoir sur quels programmes travaille votre équipe.", "Pourriez-vous décrire votre rôle dans les projets {topic} de {org} ?", "Qui d'autre dans votre service travaille sur {topic} ?",
               "Tout éclairage interne sur les orientations de {org} serait très utile."),
        "de": ("Es wäre hilfreich zu wissen, an welchen Programmen Ihr Team beteiligt ist.", "Könnten Sie Ihre Rolle in den {topic}-Projekten bei {org} beschreiben?", "Wer in Ihrer Abteilung arbeitet noch an {topic}?",
               "Jede interne Einschätzung zur Ausrichtung von {org} wäre sehr nützlich."),
    },
    "secrecy/shared": {
        "en": ("This is a confidential opportunity.", "Please keep this between us for now.", "The client prefers to remain anonymous at this stage.", "Discretion is assured."),
        "fr": ("Il s'agit d'une opportunité confidentielle.", "Merci de garder cela pour vous pour l'instant.", "Le client préfère rester anonyme à ce stade.", "La discrétion est assurée."),
        "de": ("Es handelt sich um eine vertrauliche Gelegenheit.", "Bitte behalten Sie das vorerst für sich.", "Der Kunde möchte vorerst anonym bleiben.", "Diskretion ist selbstverständlich."),
    },
    "urgency/shared": {
        "en": ("We would need an answer by {days}.", "The deadline is quite tight.", "Could you let me know this week?", "Places are limited, so an early reply helps.", "Sorry for the rush, it's needed before Friday."),
        "fr": ("Il nous faudrait une réponse d'ici {days}.", "Le délai est assez court.", "Pourriez-vous me répondre cette semaine ?", "Les places sont limitées, une réponse rapide serait appréciée.", "Désolé pour l'urgence, c'est pour avant vendredi."),
        "de": ("Wir bräuchten eine Antwort bis {days}.", "Die Frist ist recht knapp.", "Könnten Sie mir diese Woche Bescheid geben?", "Die Plätze sind begrenzt, eine baldige Antwort hilft.", "Sorry für die Eile, es wird vor Freitag gebraucht."),
    },
    "job-offer/shared": {
        "en": ("I have a {role} position that matches your background.", "One of our clients is hiring a {role}.", "Would you consider a new challenge as {role}?", "We are recruiting a {role} in {city}."),
        "fr": ("J'ai un poste de {role} qui correspond à votre parcours.", "Un de nos clients recrute un(e) {role}.", "Seriez-vous ouvert à un nouveau défi en tant que {role} ?", "Nous recrutons un(e) {role} à {city}."),
        "de": ("Ich habe eine Position als {role}, die zu Ihrem Profil passt.", "Einer unserer Kunden sucht eine/n {role}.", "Wäre eine neue Herausforderung als {role} für Sie interessant?", "Wir suchen eine/n {role} in {city}."),
    },
    "event-invitation/shared": {
        "en": ("We would be honoured to have you speak at the {event}.", "Would you join a panel on {topic} at the {event}?", "You're invited to our [workshop|seminar|round table] on {topic}.",
               "Are you coming to the {event}?", "Join our webinar on {topic} next month."),
        "fr": ("Nous serions honorés de vous compter parmi les intervenants du {event}.", "Accepteriez-vous de participer à une table ronde sur {topic} au {event} ?", "Vous êtes invité(e) à notre [atelier|séminaire|table ronde] sur {topic}.",
               "Viens-tu au {event} ?", "Rejoignez notre webinaire sur {topic} le mois prochain."),
        "de": ("Es wäre uns eine Ehre, Sie als Sprecher beim {event} zu begrüßen.", "Würden Sie an einem Panel zu {topic} beim {event} teilnehmen?", "Sie sind zu unserem [Workshop|Seminar|Runden Tisch] zu {topic} eingeladen.",
               "Kommst du zum {event}?", "Nehmen Sie nächsten Monat an unserem Webinar zu {topic} teil."),
    },
}

#: A recipe: steps of (pool keys to choose among, probability the step is used).
RECIPES: Final[dict[str, tuple[tuple[tuple[str, ...], float], ...]]] = {
    # genuine
    "colleague": ((("greet",), 0.6), (("colleague",), 1.0), (("information-request/shared", "urgency/shared", "off-platform/shared", "event-invitation/shared", "flattery/shared"), 0.3), (("close",), 0.3)),
    "colleague_note": ((("connect_note",), 1.0),),
    "academic": ((("greet",), 0.9), (("academic",), 1.0), (("flattery/shared",), 0.35), (("event-invitation/shared",), 0.3), (("paid-travel/shared",), 0.15),
                 (("information-request/shared",), 0.25), (("off-platform/shared",), 0.3), (("close",), 0.8)),
    "recruiter_note": ((("greet",), 0.5), (("intro_headhunter",), 0.6), (("job-offer/shared",), 0.8), (("secrecy/shared",), 0.2)),
    "recruiter": ((("greet",), 1.0), (("intro_headhunter",), 0.8), (("flattery/shared",), 0.35), (("job-offer/shared",), 1.0), (("secrecy/shared",), 0.45),
                  (("information-request/shared",), 0.5), (("urgency/shared",), 0.2), (("off-platform/shared",), 0.35), (("close",), 1.0)),
    "recruiter_follow": ((("greet",), 1.0), (("information-request/shared", "off-platform/shared"), 1.0), (("off-platform/shared",), 0.4), (("urgency/shared",), 0.25), (("close",), 1.0)),
    "organiser_note": ((("greet",), 0.4), (("intro_organiser",), 0.7), (("event-invitation/shared",), 1.0)),
    "organiser": ((("greet",), 1.0), (("intro_organiser",), 0.9), (("flattery/shared",), 0.6), (("event-invitation/shared",), 1.0), (("paid-travel/shared",), 0.65),
                  (("paid-work/shared",), 0.3), (("urgency/shared",), 0.4), (("information-request/shared",), 0.35), (("off-platform/shared",), 0.3), (("close",), 1.0)),
    "expert": ((("greet",), 1.0), (("intro_expert-network",), 1.0), (("flattery/shared",), 0.3), (("paid-work/expert",), 1.0), (("paid-work/shared",), 0.7),
               (("secrecy/shared",), 0.4), (("urgency/shared",), 0.35), (("off-platform/shared",), 0.4), (("close",), 1.0)),
    "sales": ((("greet",), 1.0), (("sales",), 1.0), (("sales",), 0.5), (("event-invitation/shared",), 0.3), (("off-platform/shared",), 0.5), (("urgency/shared",), 0.3), (("close",), 1.0)),
    "sales_note": ((("connect_note", "sales"), 1.0),),
    "reply_yes": ((("reply_yes",), 1.0), (("reply_question",), 0.4)),
    "reply_question": ((("reply_question",), 1.0),),
    "reply_no": ((("reply_no",), 1.0),),
    "reply_email": ((("reply_yes",), 0.6), (("off-platform/shared",), 1.0)),
    # fake personas (the approach)
    "lure_note": ((("greet",), 0.4), (("connect_note", "flattery/shared", "flattery/lure"), 1.0), (("intro_{persona}",), 0.4)),
    "lure_open": ((("greet",), 1.0), (("thanks_connect",), 0.6), (("intro_{persona}",), 0.9), (("flattery/shared", "flattery/lure"), 0.7), (("{hook}",), 1.0),
                  (("paid-work/shared",), 0.35), (("information-request/shared",), 0.25), (("secrecy/shared",), 0.2), (("close",), 1.0)),
    "lure_follow": ((("greet",), 1.0), (("paid-work/lure", "information-request/lure", "information-request/shared"), 0.8), (("paid-work/shared",), 0.3),
                    (("off-platform/lure", "off-platform/shared"), 1.0), (("secrecy/shared",), 0.3), (("urgency/shared",), 0.3), (("close",), 1.0)),
    "lure_trip": ((("greet",), 1.0), (("paid-travel/lure", "paid-travel/shared"), 1.0), (("event-invitation/shared",), 0.6), (("flattery/lure", "flattery/shared"), 0.35),
                  (("urgency/shared",), 0.4), (("off-platform/shared",), 0.3), (("close",), 1.0)),
    "lure_nudge": ((("greet",), 0.7), (("urgency/shared", "flattery/lure", "thanks_connect"), 1.0), (("{hook}",), 0.4), (("close",), 0.6)),
    "lure_handoff": ((("greet",), 1.0), (("handoff",), 1.0), (("intro_{persona}",), 0.7), (("paid-work/lure", "paid-travel/lure", "{hook}"), 1.0),
                     (("off-platform/lure", "off-platform/shared"), 0.5), (("close",), 1.0)),
}
# fmt: on

#: What each fake persona leads with in its opener.
PERSONA_HOOK: Final[dict[str, tuple[str, ...]]] = {
    "consultant": ("paid-work/lure",),
    "headhunter": ("job-offer/shared",),
    "think-tank": ("event-invitation/shared", "paid-work/lure"),
    "business-representative": ("paid-work/lure", "event-invitation/shared"),
}

_ALT = re.compile(r"\[([^\[\]]*)\]")


@cache
def _parsed(template: str) -> tuple[tuple[str, ...], ...]:
    """Split ``a [b|c] d`` into ``(("a ",), ("b", "c"), (" d",))`` once per template."""
    out: list[tuple[str, ...]] = []
    pos = 0
    for m in _ALT.finditer(template):
        out.append((template[pos : m.start()],))
        out.append(tuple(m.group(1).split("|")))
        pos = m.end()
    out.append((template[pos:],))
    return tuple(out)


def category_of(key: str) -> int:
    """Category bitmask carried by a pool key (0 for neutral keys)."""
    return _CAT_BIT.get(key.split("/", 1)[0], 0)


_KEY_MASK: Final = {k: category_of(k) for k in POOLS}


def categories_from_mask(mask: int) -> list[str]:
    """Contract category names of a bitmask, in contract order."""
    return [c for c, b in _CAT_BIT.items() if mask & b]


def compose(recipe: str, lang: str, rng: random.Random, persona: str = "consultant") -> tuple[str, int]:
    """Compose one message template (slots unfilled) and its category bitmask.

    Burst campaigns call this once per campaign and reuse the template for every
    target; careful operators and genuine people call it per message.
    """
    parts: list[str] = []
    mask = 0
    rnd = rng.random
    for keys, p in RECIPES[recipe]:
        if p < 1.0 and rnd() >= p:
            continue
        key = keys[int(rnd() * len(keys))] if len(keys) > 1 else keys[0]
        if "{" in key:
            key = key.replace("{persona}", persona)
            if "{hook}" in key:
                hooks = PERSONA_HOOK.get(persona, ("paid-work/lure",))
                key = hooks[int(rnd() * len(hooks))]
        pool = POOLS[key][lang]
        template = pool[int(rnd() * len(pool))]
        parts.append(
            "".join(alts[int(rnd() * len(alts))] if len(alts) > 1 else alts[0] for alts in _parsed(template))
        )
        mask |= _KEY_MASK[key]
    if not parts:  # every step was optional and none fired: never emit an empty text
        pool = POOLS["connect_note"][lang]
        parts.append("".join(a[0] for a in _parsed(pool[int(rnd() * len(pool))])))
    sep = "\n\n" if len(parts) > 3 and rnd() < 0.5 else " "
    return sep.join(parts), mask


class _Slots(dict[str, str]):
    """Slot mapping that fills unknown slots with nothing instead of failing."""

    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, slots: Mapping[str, str]) -> str:
    """Fill ``{slot}`` placeholders of a composed template."""
    return template.format_map(_Slots(slots))


def pick(rng: random.Random, seq: Sequence[str]) -> str:
    """Uniform choice with one ``random()`` draw (faster than ``random.choice``)."""
    return seq[int(rng.random() * len(seq))]


class TemplateBank:
    """Pre-composed templates for high-volume background text.

    Composing costs far more than filling slots; background chatter draws from a
    bank of a few thousand composed templates per (recipe, language), which still
    gives tens of thousands of distinct texts once slots are filled.
    """

    def __init__(self, rng: random.Random, size: int = 3000) -> None:
        self._rng = rng
        self._size = size
        self._bank: dict[tuple[str, str], list[tuple[str, int]]] = {}

    def get(self, recipe: str, lang: str) -> tuple[str, int]:
        key = (recipe, lang)
        bank = self._bank.get(key)
        if bank is None:
            bank = self._bank[key] = [compose(recipe, lang, self._rng) for _ in range(self._size)]
        return bank[int(self._rng.random() * self._size)]
