#!/usr/bin/env python3
"""Fourth, independently written synthetic world for evaluating the fake-persona detector.

Models an organisation's pooled view of LinkedIn-style data: sparse, messy, multilingual,
with many genuine hard cases (recruiters, event organisers, programme officers, journalists,
old colleagues abroad) next to covert-recruitment operations of different sizes and styles.

Usage: python benchmarks/fourth_world.py --seed N --out DIR [--accounts 4000]

Standard library only. Deterministic per seed (no use of hash() or set ordering).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

DAY = 86400
LANGS = ["en", "fr", "de", "it", "es", "nl"]

FIRST = {
    "en": [
        "James",
        "Sarah",
        "Michael",
        "Emma",
        "David",
        "Laura",
        "Daniel",
        "Rachel",
        "Tom",
        "Olivia",
        "Chris",
        "Hannah",
    ],
    "fr": [
        "Julien",
        "Camille",
        "Nicolas",
        "Claire",
        "Mathieu",
        "Sophie",
        "Antoine",
        "Élodie",
        "Pierre",
        "Amélie",
        "Hélène",
    ],
    "de": [
        "Jonas",
        "Katharina",
        "Lukas",
        "Anna",
        "Stefan",
        "Julia",
        "Matthias",
        "Sabine",
        "Jürgen",
        "Lena",
        "Tobias",
    ],
    "it": ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Davide", "Elena"],
    "es": ["Javier", "Lucía", "Carlos", "María", "Alejandro", "Carmen", "Pablo", "Marta"],
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Joost", "Femke", "Pieter", "Anouk"],
    "zh": ["Wei", "Li", "Jun", "Xiaoming", "Lin", "Hui", "Yang", "Mei", "Chen", "Jing"],
    "ru": ["Alexei", "Olga", "Dmitri", "Natalia", "Sergei", "Irina", "Pavel", "Elena"],
    "fa": ["Reza", "Maryam", "Ali", "Shirin", "Hossein", "Neda"],
    "hi": ["Rahul", "Priya", "Arjun", "Ananya", "Vikram", "Sneha"],
    "ar": ["Omar", "Fatima", "Khalid", "Layla", "Yousef", "Aisha"],
}
LAST = {
    "en": [
        "Smith",
        "Walker",
        "Harris",
        "Clarke",
        "Evans",
        "Turner",
        "Hughes",
        "Bennett",
        "Foster",
        "Price",
        "Reid",
    ],
    "fr": [
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Mercier",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Bertrand",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
    ],
    "it": ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro"],
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "de Boer"],
    "zh": ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"],
    "ru": ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Volkova"],
    "fa": ["Hosseini", "Ahmadi", "Karimi", "Rahimi", "Moradi"],
    "hi": ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair"],
    "ar": ["Al Mansoori", "Haddad", "Al Hashimi", "Nasser", "Saleh"],
}
COUNTRY_LANG = {
    "GB": "en",
    "US": "en",
    "IE": "en",
    "FR": "fr",
    "BE": "fr",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "IT": "it",
    "ES": "es",
    "NL": "nl",
    "CN": "zh",
    "HK": "zh",
    "SG": "zh",
    "RU": "ru",
    "IR": "fa",
    "IN": "hi",
    "AE": "ar",
}
CITIES = {
    "GB": ["London", "Manchester", "Oxford", "Cambridge"],
    "US": ["Washington DC", "Boston", "San Jose", "New York"],
    "IE": ["Dublin"],
    "FR": ["Paris", "Grenoble", "Lyon", "Toulouse", "Saclay"],
    "BE": ["Brussels", "Leuven"],
    "DE": ["Berlin", "München", "Dresden", "Karlsruhe", "Jülich"],
    "AT": ["Wien"],
    "CH": ["Zürich", "Genève"],
    "IT": ["Roma", "Milano", "Torino"],
    "ES": ["Madrid", "Barcelona"],
    "NL": ["Eindhoven", "Den Haag", "Delft"],
    "CN": ["Beijing", "Shanghai", "Shenzhen", "Hefei"],
    "HK": ["Hong Kong"],
    "SG": ["Singapore"],
    "RU": ["Moscow", "Saint Petersburg"],
    "IR": ["Tehran"],
    "IN": ["Bengaluru", "Mumbai"],
    "AE": ["Dubai", "Abu Dhabi"],
}
LOC_FMT = ["{city}, {cn}", "{city}", "Greater {city} Area", "{cn}", "{city} Metropolitan Area"]
COUNTRY_NAME = {
    "GB": "United Kingdom",
    "US": "United States",
    "IE": "Ireland",
    "FR": "France",
    "BE": "Belgium",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "IT": "Italy",
    "ES": "Spain",
    "NL": "Netherlands",
    "CN": "China",
    "HK": "Hong Kong SAR",
    "SG": "Singapore",
    "RU": "Russia",
    "IR": "Iran",
    "IN": "India",
    "AE": "United Arab Emirates",
}
EU_COUNTRIES = ["FR", "FR", "DE", "DE", "BE", "NL", "IT", "ES", "GB", "AT", "IE", "CH"]

# Protected organisations: (name, institution_type, sector, country)
ORGS = [
    ("Commissariat national aux technologies nucléaires", "national", "nuclear", "FR"),
    ("Bundesanstalt für Reaktorsicherheit", "national", "nuclear", "DE"),
    ("Helion Semiconductor SA", "private", "semiconductors", "FR"),
    ("NordChip Foundry GmbH", "private", "semiconductors", "DE"),
    ("Centre de calcul intensif de Bourgogne", "academic", "supercomputing", "FR"),
    ("Rhein-Main Supercomputing Centre", "academic", "supercomputing", "DE"),
    ("Ministère de l'Économie - Direction du Trésor", "national", "economy-finance", "FR"),
    ("Agence de l'innovation de défense", "national", "defence", "FR"),
    ("Aerodyne Systems Europe", "private", "defence", "NL"),
    ("Hôpitaux Universitaires de Lorraine", "health", "health", "FR"),
    ("Institut für Vakzinforschung", "health", "health", "DE"),
    ("WindSpire Renewables BV", "private", "green-energy", "NL"),
    ("Université Paris-Lumière - Laboratoire IA", "academic", "ai", "FR"),
    ("Direction interministérielle du numérique", "national", "public-administration", "FR"),
    ("Istituto Nazionale di Fotonica", "academic", "semiconductors", "IT"),
    ("Agencia Estatal de Hidrógeno", "national", "green-energy", "ES"),
]
ROLES = {
    "junior": [
        "Research Engineer",
        "PhD Candidate",
        "Analyst",
        "Project Officer",
        "Process Engineer",
        "Data Scientist",
        "Ingénieur d'études",
        "Wissenschaftliche Mitarbeiterin",
        "Policy Officer",
    ],
    "senior": [
        "Senior Scientist",
        "Principal Engineer",
        "Head of Unit",
        "Lead Architect",
        "Senior Policy Advisor",
        "Chargé de mission",
        "Gruppenleiter",
        "Senior Researcher",
        "Programme Manager",
    ],
    "executive": [
        "Director of Research",
        "Chief Technology Officer",
        "Deputy Director",
        "Sous-directeur",
        "Abteilungsleiter",
        "Vice President Engineering",
        "Head of Strategy",
    ],
}
SKILLS = {
    "nuclear": ["Reactor Physics", "Radiation Protection", "Neutronics", "Nuclear Safety", "MCNP"],
    "semiconductors": ["Lithography", "EUV", "Process Integration", "Yield Enhancement", "CMOS", "Metrology"],
    "supercomputing": ["HPC", "MPI", "CUDA", "Exascale", "Slurm", "Parallel Computing"],
    "health": ["Clinical Trials", "Epidemiology", "Vaccines", "Biostatistics", "Public Health"],
    "green-energy": ["Hydrogen", "Offshore Wind", "Grid Integration", "Battery Storage", "Electrolysis"],
    "defence": ["Systems Engineering", "Radar", "Avionics", "Export Control", "Procurement"],
    "economy-finance": [
        "Macroeconomics",
        "Sanctions",
        "Public Finance",
        "Trade Policy",
        "Financial Regulation",
    ],
    "ai": ["Machine Learning", "Deep Learning", "NLP", "PyTorch", "Computer Vision"],
    "public-administration": [
        "Public Policy",
        "Digital Transformation",
        "Cybersecurity",
        "Project Management",
    ],
}
TOPIC = {
    "nuclear": "small modular reactors",
    "semiconductors": "advanced lithography",
    "supercomputing": "exascale computing",
    "health": "vaccine platforms",
    "green-energy": "green hydrogen",
    "defence": "defence procurement",
    "economy-finance": "sanctions and export controls",
    "ai": "large language models",
    "public-administration": "digital sovereignty",
}
SCHOOLS = [
    "École Polytechnique",
    "TU München",
    "Université Grenoble Alpes",
    "Imperial College London",
    "KU Leuven",
    "Politecnico di Milano",
    "TU Delft",
    "Universidad Politécnica de Madrid",
    "Sciences Po",
    "RWTH Aachen",
    "Tsinghua University",
    "Lomonosov Moscow State University",
    "Sharif University of Technology",
    "IIT Bombay",
    "ETH Zürich",
    "Université de Lorraine",
    "INSA Lyon",
    "Universität Heidelberg",
]
APPS = ["WeChat", "WhatsApp", "Telegram", "Signal", "personal email", "Skype"]
EMOJI = ["🙂", "😊", "👍", "🙏", "🎉", "👏", "☕", "✈️", "🌍", "💡"]

# Text fragments by theme and language. A message is composed of fragments; its
# categories are exactly the lure themes of the fragments used.
F = {
    "greet": {
        "en": ["Hi {first},", "Dear {first},", "Hello {first}", "Good morning {first},", "{first} -"],
        "fr": ["Bonjour {first},", "Cher/Chère {first},", "Bonsoir {first}", "Salut {first} !"],
        "de": ["Hallo {first},", "Guten Tag {first},", "Liebe/r {first},", "Servus {first}"],
        "it": ["Ciao {first},", "Gentile {first},", "Buongiorno {first},"],
        "es": ["Hola {first},", "Estimado/a {first},", "Buenos días {first},"],
        "nl": ["Hoi {first},", "Beste {first},", "Goedemiddag {first},"],
    },
    "close": {
        "en": ["Best regards,", "Kind regards", "Cheers,", "Best,", "Thanks!", "All the best"],
        "fr": ["Bien cordialement,", "Cordialement", "Belle journée !", "Amitiés,", "Bien à vous,"],
        "de": ["Viele Grüße", "Beste Grüße,", "Mit freundlichen Grüßen", "LG"],
        "it": ["Cordiali saluti", "Un saluto,", "A presto!"],
        "es": ["Un saludo,", "Saludos cordiales", "¡Hasta pronto!"],
        "nl": ["Met vriendelijke groet,", "Groetjes", "Hartelijke groet,"],
    },
    "connect": {
        "en": [
            "I came across your profile and would be glad to connect.",
            "We seem to share interests in {topic}; let's connect.",
            "Would love to add you to my network.",
            "Saw your talk on {topic} - would be great to stay in touch.",
        ],
        "fr": [
            "J'ai vu votre profil, ravi(e) d'échanger.",
            "Nous travaillons tous deux sur {topic}, connectons-nous.",
            "Je me permets de vous ajouter à mon réseau.",
        ],
        "de": [
            "Ich würde mich freuen, mich mit Ihnen zu vernetzen.",
            "Wir arbeiten beide an {topic} - gerne vernetzen!",
        ],
        "it": [
            "Mi farebbe piacere entrare in contatto.",
            "Lavoriamo entrambi su {topic}, restiamo in contatto.",
        ],
        "es": ["Me encantaría conectar contigo.", "Veo que trabajas en {topic}, ¡conectemos!"],
        "nl": ["Leuk om te connecten!", "We werken allebei aan {topic}, laten we connecten."],
    },
    "smalltalk": {
        "en": [
            "How was your summer? Ours was far too short.",
            "Hope the week is going well on your side.",
            "Congratulations on the new role, well deserved!",
            "Happy new year! Any plans for the holidays?",
            "I just read this piece on {topic} and thought of you: https://www.example-news.com/{slug}",
            "Thanks for accepting. How long have you been at {torg}?",
            "Did you manage to attend the {city} conference this year?",
            "Congrats on the work anniversary 🎉",
            "Great post on {topic}, I shared it with my team.",
        ],
        "fr": [
            "Comment s'est passé l'été ? Trop court comme toujours.",
            "Félicitations pour le nouveau poste !",
            "J'ai lu cet article sur {topic}, il pourrait vous intéresser : https://www.lemonde-eco.fr/{slug}",
            "Merci d'avoir accepté. Vous êtes chez {torg} depuis longtemps ?",
            "Bonne année ! Meilleurs vœux.",
        ],
        "de": [
            "Wie war der Urlaub?",
            "Herzlichen Glückwunsch zur neuen Position!",
            "Interessanter Artikel zu {topic}: https://www.fachblatt-technik.de/{slug}",
            "Frohes neues Jahr!",
            "Danke fürs Vernetzen. Wie lange sind Sie schon bei {torg}?",
        ],
        "it": [
            "Com'è andata l'estate?",
            "Complimenti per il nuovo ruolo!",
            "Ho letto questo articolo su {topic}: https://www.ilsole-tech.it/{slug}",
        ],
        "es": [
            "¿Qué tal el verano?",
            "¡Enhorabuena por el nuevo puesto!",
            "Te comparto este artículo sobre {topic}: https://www.elpais-tec.es/{slug}",
        ],
        "nl": [
            "Hoe was de vakantie?",
            "Gefeliciteerd met de nieuwe rol!",
            "Interessant artikel over {topic}: https://www.fd-tech.nl/{slug}",
        ],
    },
    "flattery": {
        "en": [
            "Your work on {topic} is truly outstanding - you are clearly one of the leading experts in Europe.",
            "I was deeply impressed by your renowned expertise.",
            "Someone with your unique profile is exactly who we need.",
            "Your insights are highly valued by our senior partners.",
        ],
        "fr": [
            "Votre expertise sur {topic} est remarquable, vous êtes une référence dans le domaine.",
            "J'ai été très impressionné(e) par votre parcours exceptionnel.",
        ],
        "de": [
            "Ihre Expertise zu {topic} ist wirklich herausragend.",
            "Ihr Profil hat mich sehr beeindruckt - genau die Erfahrung, die wir suchen.",
        ],
        "it": ["La sua competenza su {topic} è davvero eccezionale."],
        "es": ["Su experiencia en {topic} es realmente excepcional."],
        "nl": ["Uw expertise op het gebied van {topic} is werkelijk indrukwekkend."],
    },
    "paid-work": {
        "en": [
            "We would pay {fee} for a short paper (5-10 pages) on {topic}.",
            "Our client offers a consulting fee of {fee} per report.",
            "It is a paid advisory role, a few hours per month, fee {fee}.",
            "We can offer an honorarium of {fee} for a 1-hour call.",
        ],
        "fr": [
            "Nous proposons une rémunération de {fee} pour une courte note sur {topic}.",
            "Il s'agit d'une mission de conseil rémunérée ({fee}/rapport).",
        ],
        "de": [
            "Wir zahlen ein Honorar von {fee} für ein kurzes Papier zu {topic}.",
            "Es handelt sich um eine bezahlte Beratung, {fee} pro Bericht.",
        ],
        "it": ["Offriamo un compenso di {fee} per un breve rapporto su {topic}."],
        "es": ["Ofrecemos {fee} por un informe breve sobre {topic}."],
        "nl": ["We bieden een vergoeding van {fee} voor een kort rapport over {topic}."],
    },
    "paid-travel": {
        "en": [
            "All travel and accommodation costs are covered, business class.",
            "We will cover your flights and hotel in {city}.",
            "Travel, visa and hotel fully covered by the organisers.",
            "Your trip would be fully paid, including a few days to visit the city.",
        ],
        "fr": [
            "Tous les frais de voyage et d'hébergement sont pris en charge.",
            "Vol et hôtel à {city} pris en charge.",
        ],
        "de": [
            "Reise- und Hotelkosten werden vollständig übernommen.",
            "Flug und Hotel in {city} übernehmen wir.",
        ],
        "it": ["Tutte le spese di viaggio e alloggio sono coperte."],
        "es": ["Cubrimos todos los gastos de viaje y alojamiento en {city}."],
        "nl": ["Reis- en verblijfkosten worden volledig vergoed."],
    },
    "off-platform": {
        "en": [
            "Could we continue on {app}? I rarely check LinkedIn.",
            "Easier to talk on {app} - what is your number?",
            "Please add me on {app}, my ID is {handle}.",
            "Send me your personal email and I'll share the details there.",
        ],
        "fr": [
            "On peut continuer sur {app} ? Je consulte peu LinkedIn.",
            "Pouvez-vous m'ajouter sur {app} ? Mon identifiant : {handle}",
        ],
        "de": ["Können wir auf {app} weiterschreiben?", "Schicken Sie mir gern Ihre private E-Mail-Adresse."],
        "it": ["Possiamo continuare su {app}?"],
        "es": ["¿Seguimos por {app}? Casi no uso LinkedIn."],
        "nl": ["Kunnen we verder via {app}?"],
    },
    "info-overview": {
        "en": [
            "Could you share a short non-sensitive overview of current trends in {topic}?",
            "It would help to see how your team at {torg} organises its {topic} roadmap.",
        ],
        "fr": ["Pourriez-vous me transmettre une synthèse non sensible sur {topic} ?"],
        "de": ["Könnten Sie mir einen kurzen, nicht vertraulichen Überblick zu {topic} schicken?"],
        "it": ["Potrebbe inviarmi una breve panoramica non riservata su {topic}?"],
        "es": ["¿Podría enviarme un resumen no confidencial sobre {topic}?"],
        "nl": ["Kunt u een kort, niet-vertrouwelijk overzicht over {topic} delen?"],
    },
    "info-docs": {
        "en": [
            "Would you have any internal documents or draft specifications you could share? Only for background.",
            "The client would like to see the internal minutes of the last {topic} steering meeting.",
            "Who else in your unit works on this? Names and roles would help us.",
        ],
        "fr": [
            "Auriez-vous des documents internes ou des notes de travail à partager ? Juste pour le contexte.",
            "Le client aimerait voir le compte rendu interne du dernier comité {topic}.",
        ],
        "de": [
            "Hätten Sie interne Unterlagen oder Entwürfe, die Sie teilen könnten?",
            "Wer arbeitet in Ihrer Abteilung noch daran? Namen wären hilfreich.",
        ],
        "it": ["Avrebbe documenti interni o bozze da condividere? Solo per contesto."],
        "es": ["¿Tendría documentos internos o borradores que pudiera compartir?"],
        "nl": ["Heeft u interne documenten of concepten die u kunt delen?"],
    },
    "cv-request": {
        "en": [
            "Could you send me your updated CV?",
            "Please send your CV and a short summary of your current projects.",
            "Could you send your updated CV with the projects you worked on and your clearance level?",
        ],
        "fr": [
            "Pouvez-vous m'envoyer votre CV à jour ?",
            "Merci de m'envoyer votre CV avec vos projets récents.",
        ],
        "de": ["Schicken Sie mir bitte Ihren aktuellen Lebenslauf.", "Könnten Sie mir Ihren CV zusenden?"],
        "it": ["Potrebbe inviarmi il suo CV aggiornato?"],
        "es": ["¿Podría enviarme su CV actualizado?"],
        "nl": ["Kunt u uw actuele cv sturen?"],
    },
    "secrecy": {
        "en": [
            "Please keep this between us for now.",
            "Our client prefers discretion, so no need to mention it to your employer.",
            "The search is strictly confidential.",
        ],
        "fr": [
            "Merci de garder cela entre nous pour le moment.",
            "La mission est strictement confidentielle.",
        ],
        "de": ["Bitte behandeln Sie das vertraulich.", "Die Suche ist streng vertraulich."],
        "it": ["La prego di mantenere la massima riservatezza."],
        "es": ["Le ruego que mantenga esto en confidencialidad."],
        "nl": ["Graag dit vertrouwelijk houden."],
    },
    "urgency": {
        "en": [
            "We need an answer by Friday.",
            "Places are very limited, please confirm quickly.",
            "The deadline is next week!",
        ],
        "fr": [
            "Il nous faudrait une réponse d'ici vendredi.",
            "Les places sont limitées, merci de confirmer rapidement.",
        ],
        "de": ["Wir bräuchten bis Freitag eine Rückmeldung.", "Die Plätze sind begrenzt."],
        "it": ["Ci servirebbe una risposta entro venerdì."],
        "es": ["Necesitamos una respuesta antes del viernes."],
        "nl": ["We hebben voor vrijdag een antwoord nodig."],
    },
    "job-offer": {
        "en": [
            "I'm working on a {role} position with a leading client in {city} - package well above market.",
            "We have an exciting opportunity for a {role} that matches your background.",
            "Would you be open to a new challenge as {role}?",
        ],
        "fr": [
            "Je recrute pour un poste de {role} chez un acteur majeur à {city}.",
            "Seriez-vous ouvert(e) à une nouvelle opportunité de {role} ?",
        ],
        "de": [
            "Ich suche für einen führenden Kunden in {city} eine/n {role}.",
            "Wären Sie offen für eine neue Herausforderung als {role}?",
        ],
        "it": ["Stiamo cercando un/una {role} per un cliente a {city}."],
        "es": ["Buscamos un/a {role} para un cliente líder en {city}."],
        "nl": ["Ik zoek een {role} voor een toonaangevende klant in {city}."],
    },
    "event-invitation": {
        "en": [
            "We would be honoured to have you speak at our {event} in {city}.",
            "I'd like to invite you to a closed-door roundtable on {topic} in {city}.",
            "Join us as keynote speaker at the {event}!",
            "You are invited to our annual {event}.",
        ],
        "fr": [
            "Nous serions honorés de vous accueillir comme intervenant(e) au {event} à {city}.",
            "Je vous invite à une table ronde sur {topic}.",
        ],
        "de": [
            "Wir laden Sie herzlich als Sprecher/in zum {event} in {city} ein.",
            "Ich möchte Sie zu einem Roundtable zu {topic} einladen.",
        ],
        "it": ["Saremmo lieti di averla come relatore al {event} a {city}."],
        "es": ["Nos encantaría contar con usted como ponente en el {event} en {city}."],
        "nl": ["Graag nodigen we u uit als spreker op het {event} in {city}."],
    },
    "reply": {
        "en": [
            "Thanks for reaching out!",
            "Sounds interesting, tell me more.",
            "Thanks, I'll think about it.",
            "Happy to connect.",
            "Not at the moment, thank you.",
            "Sure, what do you have in mind?",
            "Sorry for the late reply, busy weeks.",
        ],
        "fr": [
            "Merci pour votre message !",
            "Intéressant, pouvez-vous m'en dire plus ?",
            "Je vais y réfléchir.",
            "Pas pour le moment, merci.",
        ],
        "de": [
            "Danke für die Nachricht!",
            "Klingt interessant.",
            "Momentan leider nicht, danke.",
            "Sorry für die späte Antwort.",
        ],
        "it": ["Grazie del messaggio!", "Interessante, mi dica di più."],
        "es": ["¡Gracias por escribir!", "Interesante, cuénteme más."],
        "nl": ["Bedankt voor je bericht!", "Klinkt interessant."],
    },
    "handoff": {
        "en": [
            "My colleague {colleague} handles this file and will contact you directly.",
            "I'm moving on to another project; {colleague} will follow up with you.",
        ],
        "fr": ["Mon/ma collègue {colleague} suit ce dossier et va vous contacter."],
        "de": ["Mein/e Kollege/in {colleague} übernimmt und meldet sich bei Ihnen."],
        "it": ["Il mio collega {colleague} la contatterà direttamente."],
        "es": ["Mi colega {colleague} se pondrá en contacto con usted."],
        "nl": ["Mijn collega {colleague} neemt contact met u op."],
    },
    "work": {
        "en": [
            "Can you send me the slides from Tuesday?",
            "Are you joining the review meeting next week?",
            "Quick question on the budget line for Q3.",
            "The draft is on the shared drive.",
            "Lunch next week?",
        ],
        "fr": [
            "Tu peux m'envoyer les slides de mardi ?",
            "Tu viens à la réunion de revue ?",
            "Le brouillon est sur le drive partagé.",
        ],
        "de": ["Kannst du mir die Folien von Dienstag schicken?", "Kommst du nächste Woche zum Review?"],
        "it": ["Mi mandi le slide di martedì?"],
        "es": ["¿Me pasas las diapositivas del martes?"],
        "nl": ["Kun je me de slides van dinsdag sturen?"],
    },
}
ALIAS = {
    "info-overview": "information-request",
    "info-docs": "information-request",
    "cv-request": "information-request",
}
LURE_THEMES = [
    "flattery",
    "paid-work",
    "paid-travel",
    "off-platform",
    "information-request",
    "secrecy",
    "urgency",
    "job-offer",
    "event-invitation",
]
CODESWITCH = [
    "Anyway, let me know!",
    "Merci encore !",
    "Danke nochmal!",
    "Grazie mille!",
    "¡Gracias!",
    "Alvast bedankt!",
    "btw, c'est vraiment top ce que vous faites.",
    "Also, ich melde mich.",
    "Let me know, d'accord ?",
]
EVENTS = [
    "International Forum on {topic}",
    "Global Summit on {topic}",
    "World Congress of Advanced Technology",
    "Euro-Asia Innovation Dialogue",
    "Annual Conference on Emerging Technologies",
    "Strategic Futures Roundtable",
]
FEES = ["EUR 2,000", "€1,500", "3000 EUR", "USD 5,000", "€800", "2.500 €", "USD 1,200"]


def iso(t: float) -> str:
    return datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_slug(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())


class World:
    def __init__(self, seed: int, n: int) -> None:
        self.rng = random.Random(f"fourth-world:{seed}")
        self.n = n
        self.accounts: list[dict] = []
        self.acc: dict[str, dict] = {}
        self.ready: dict[str, float] = {}
        self.labels: list[dict] = []
        self.members: list[dict] = []
        self.minfo: dict[str, dict] = {}
        self.inter: list[dict] = []
        self.used: set[str] = set()
        r = self.rng
        base = datetime(2023, 3, 1, tzinfo=UTC).timestamp()
        self.t0 = base + r.randint(0, 600) * DAY
        self.t1 = self.t0 + r.randint(9, 24) * 30.4 * DAY
        self.campaigns: list[str] = []

    # ---------- ids, names, profiles ----------
    def hexid(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(k))

    def new_id(self, name: str, prefix: str = "") -> str:
        r = self.rng
        while True:
            style = r.random()
            if style < 0.6:
                aid = f"{ascii_slug(name) or 'member'}-{self.hexid(r.choice([6, 8, 9]))}"
            elif style < 0.85:
                aid = "ACoAA" + "".join(
                    r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    for _ in range(r.randint(14, 22))
                )
            else:
                aid = f"{prefix}{ascii_slug(name).replace('-', '')[:14]}{r.randint(1, 999)}"
            if aid not in self.used:
                self.used.add(aid)
                return aid

    def name(self, lang: str) -> tuple[str, str]:
        r = self.rng
        f, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        x = r.random()
        if lang == "zh" and x < 0.3:
            return f, f"{f} ({r.choice(['Kevin', 'Lily', 'Jason', 'Grace', 'Eric'])}) {last}"
        if x < 0.05:
            return f, f"{f} {last}, PhD"
        if x < 0.08:
            return f, f"Dr. {f} {last}"
        if x < 0.1:
            return f, f"{f} {last[0]}."
        return f, f"{f} {last}"

    def photo(self, mode: str = "unique", base: str | None = None) -> dict | None:
        r = self.rng
        if mode == "unique" and r.random() < 0.18:
            return None
        if base is not None:
            v = int(base, 16)
            for _ in range(r.randint(0, 3) if mode == "near" else r.randint(0, 2)):
                v ^= 1 << r.randrange(64)
            ph = f"{v:016x}"
        else:
            ph = self.hexid(16)
        p = {"sha256": self.hexid(64), "phash": ph, "path": f"photos/{self.hexid(12)}.jpg"}
        for k in ("sha256", "path"):
            if r.random() < 0.12:
                del p[k]
        return p

    def add_account(
        self,
        *,
        lang: str,
        country: str | None,
        kind: str,
        label: str,
        persona: str,
        campaign: str | None = None,
        created: float,
        headline: str | None,
        about: str | None = None,
        positions: list | None = None,
        conns: int | None = None,
        photo: dict | None = None,
        name: tuple[str, str] | None = None,
        sparse: float = 0.25,
        skills: list | None = None,
        education: list | None = None,
        month_only_ok: bool = True,
    ) -> str:
        r = self.rng
        first, full = name or self.name(lang)
        aid = self.new_id(full)
        a: dict = {"id": aid, "name": full}
        if r.random() < 0.02:
            a["name"] = "LinkedIn Member"
        if headline:
            a["headline"] = headline
        if about and r.random() > sparse:
            a["about"] = about
        if country:
            city = r.choice(CITIES[country])
            if r.random() > sparse * 0.5:
                a["location"] = r.choice(LOC_FMT).format(city=city, cn=COUNTRY_NAME[country])
            if r.random() > sparse:
                a["country"] = country
        # created_at: full datetime, date, or month only ("Joined May 2019")
        if r.random() > sparse * 0.6:
            dt = datetime.fromtimestamp(int(created), UTC)
            fmt = r.random()
            if fmt < 0.45 and month_only_ok:
                a["created_at"] = dt.strftime("%Y-%m")
            elif fmt < 0.75:
                a["created_at"] = dt.strftime("%Y-%m-%d")
            else:
                a["created_at"] = iso(created)
        if conns is not None and r.random() > sparse * 0.8:
            a["connections"] = min(500, conns)
        if r.random() > 0.55:
            a["followers"] = max(0, int((conns or 50) * r.uniform(0.5, 3.5)))
        if r.random() < 0.06 and label == "genuine":
            a["verified"] = True
        elif r.random() < 0.1:
            a["verified"] = False
        if photo is not None:
            a["photo"] = photo
        if positions and r.random() > sparse * 0.7:
            a["positions"] = positions
        if education and r.random() > sparse:
            a["education"] = education
        if skills and r.random() > sparse:
            a["skills"] = skills
        if r.random() > 0.6:
            langs = {
                "en": "English",
                "fr": "French",
                "de": "German",
                "it": "Italian",
                "es": "Spanish",
                "nl": "Dutch",
                "zh": "Chinese",
                "ru": "Russian",
                "fa": "Persian",
                "hi": "Hindi",
                "ar": "Arabic",
            }
            a["languages"] = sorted({langs[lang], "English"})
        if r.random() > 0.3:
            a["profile_url"] = f"https://www.linkedin.com/in/{aid}/"
        a["_first"] = first
        a["_lang"] = lang if lang in LANGS else "en"
        self.accounts.append(a)
        self.acc[aid] = a
        self.ready[aid] = created + (32 * DAY if a.get("created_at", "").count("-") == 1 else DAY)
        self.labels.append({"account_id": aid, "label": label, "campaign": campaign, "persona": persona})
        a["_kind"] = kind
        return aid

    def career(self, country: str, final_title: str, final_org: str, years: int, created: float) -> list:
        r = self.rng
        end_year = datetime.fromtimestamp(int(self.t0), UTC).year
        pos = []
        y = end_year - years
        orgs = [
            "Capgemini",
            "Thales",
            "Siemens AG",
            "CNRS",
            "Fraunhofer-Gesellschaft",
            "Airbus",
            "ASML",
            "EDF",
            "Accenture",
            "Deloitte",
            "Université de Strasbourg",
            "Max-Planck-Gesellschaft",
            "STMicroelectronics",
        ]
        while y < end_year - 2 and len(pos) < 3:
            d = r.randint(2, 5)
            pos.append(
                {
                    "title": r.choice(ROLES["junior"] + ROLES["senior"]),
                    "organization": r.choice(orgs),
                    "start": self.ym(y, r),
                    "end": self.ym(min(y + d, end_year - 1), r),
                }
            )
            y += d
        cur = {"title": final_title, "organization": final_org, "start": self.ym(min(y, end_year - 1), r)}
        if r.random() < 0.5:
            cur["location"] = r.choice(CITIES[country])
        if r.random() < 0.15:
            cur["end"] = None
        pos.append(cur)
        pos.reverse()
        return pos

    @staticmethod
    def ym(y: int, r: random.Random) -> str:
        x = r.random()
        if x < 0.4:
            return str(y)
        if x < 0.9:
            return f"{y}-{r.randint(1, 12):02d}"
        return f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

    def edu(self) -> list:
        r = self.rng
        y = r.randint(1985, 2016)
        e = {
            "school": r.choice(SCHOOLS),
            "degree": r.choice(["MSc", "PhD", "Master", "Diplom-Ingenieur", "Licence", "MBA", None]),
            "field": r.choice(
                [
                    "Physics",
                    "Electrical Engineering",
                    "Computer Science",
                    "Economics",
                    "Chemistry",
                    "Law",
                    None,
                ]
            ),
            "start": str(y),
            "end": str(y + r.randint(2, 5)),
        }
        return [{k: v for k, v in e.items() if v is not None and r.random() > 0.1}]

    # ---------- interactions and text ----------
    def emit(
        self,
        typ: str,
        frm: str,
        to: str,
        t: float,
        text: str | None = None,
        thread: str | None = None,
        cats: list | None = None,
    ) -> dict | None:
        t = max(t, self.ready[frm], self.ready[to])
        if t > self.t1:
            return None
        t = int(t)
        ev: dict = {"id": "", "type": typ, "from": frm, "to": to, "at": iso(t)}
        if text:
            ev["text"] = text
        if thread and (typ == "message" or self.rng.random() < 0.3):
            ev["thread"] = thread
        ev["_t"] = t
        ev["_cats"] = cats or []
        self.inter.append(ev)
        return ev

    def ctx(self, frm: str, to: str, extra: dict | None = None) -> dict:
        r = self.rng
        a, b = self.acc[frm], self.acc[to]
        mi = self.minfo.get(to) or self.minfo.get(frm) or {}
        sector = mi.get("sector", "ai")
        c = {
            "first": b["_first"],
            "me": a["_first"],
            "topic": TOPIC[sector],
            "torg": mi.get("organization", "your organisation"),
            "sorg": a.get("_org", "our firm"),
            "city": r.choice(
                [
                    "Shanghai",
                    "Dubai",
                    "Singapore",
                    "Geneva",
                    "Istanbul",
                    "Vienna",
                    "Beijing",
                    "Moscow",
                    "Lisbon",
                    "Hong Kong",
                    "Berlin",
                    "Paris",
                ]
            ),
            "app": r.choice(APPS),
            "fee": r.choice(FEES),
            "handle": f"{ascii_slug(a['_first'])}_{r.randint(10, 9999)}",
            "role": r.choice(ROLES["senior"] + ROLES["executive"]),
            "colleague": "",
            "slug": f"{ascii_slug(TOPIC[sector])}-{r.randint(1000, 99999)}",
        }
        c["event"] = r.choice(EVENTS).format(topic=c["topic"])
        if extra:
            c.update(extra)
        return c

    def compose(
        self,
        themes: list[str],
        lang: str,
        c: dict,
        *,
        sig: str | None = None,
        quote: str | None = None,
        greet: bool = True,
        html: bool = False,
        fixed: random.Random | None = None,
    ) -> tuple[str, list[str]]:
        r = fixed or self.rng
        parts = []
        if greet and r.random() < 0.8:
            parts.append(r.choice(F["greet"][lang]))
        for th in themes:
            bank = F[th].get(lang) or F[th]["en"]
            if r.random() < 0.1:
                bank = F[th]["en"]  # code-switch into English for one sentence
            parts.append(r.choice(bank))
        if self.rng.random() < 0.12:
            parts.append(self.rng.choice(CODESWITCH))
        if self.rng.random() < 0.15:
            parts[-1] = parts[-1] + " " + self.rng.choice(EMOJI)
        if r.random() < 0.6:
            parts.append(r.choice(F["close"][lang]))
        sep = r.choice([" ", "\n", "\n\n", " "])
        text = sep.join(parts)
        if sig and r.random() < 0.5:
            text += "\n\n" + sig
        safe = {k: str(v) for k, v in c.items()}
        text = text.format(**safe)
        if quote and self.rng.random() < 0.35:
            q = "\n".join("> " + ln for ln in quote.split("\n")[:3])
            text = text + "\n\n" + q if self.rng.random() < 0.5 else q + "\n\n" + text
        if html:
            text = (
                '<p class="spinmail-quill-editor__spin-break">'
                + text.replace("\n\n", "</p><p>").replace("\n", "<br>")
                + "</p>"
            )
        used = {ALIAS.get(t, t) for t in themes}
        cats = [t for t in LURE_THEMES if t in used]
        return text, cats

    def sig(self, aid: str) -> str | None:
        a = self.acc[aid]
        if "_org" not in a:
            return None
        s = f"{a['name']}\n{a.get('_title', '')} | {a['_org']}"
        if self.rng.random() < 0.5:
            s += f"\n{a.get('_web', 'https://www.' + ascii_slug(a['_org']).replace('-', '')[:18] + '.com')}"
        if self.rng.random() < 0.3:
            s += f"\nM: +{self.rng.randint(30, 99)} {self.rng.randint(100, 999)} {self.rng.randint(1000000, 9999999)}"
        return s

    def say(
        self,
        frm: str,
        to: str,
        t: float,
        themes: list[str],
        thread: str,
        typ: str = "message",
        quote: str | None = None,
        extra: dict | None = None,
        html: bool = False,
        lang: str | None = None,
    ) -> dict | None:
        lang = lang or self.acc[frm]["_lang"]
        text, cats = self.compose(
            themes, lang, self.ctx(frm, to, extra), sig=self.sig(frm), quote=quote, html=html
        )
        return self.emit(typ, frm, to, t, text, thread, cats)

    def reply(self, frm: str, to: str, t: float, thread: str, prev: dict | None) -> dict | None:
        if prev is None:
            return None
        lang = self.acc[frm]["_lang"]
        if self.rng.random() < 0.3:
            lang = self.acc[to]["_lang"]
        return self.say(frm, to, t, ["reply"], thread, quote=prev.get("text"), lang=lang)

    def wt(self) -> float:
        """A random time within the window (biased to office hours)."""
        r = self.rng
        t = r.uniform(self.t0, self.t1)
        return (
            t
            - (t % DAY)
            + r.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 20, 22]) * 3600
            + r.randint(0, 3599)
        )

    def gap(self, lo: float, hi: float) -> float:
        return self.rng.uniform(lo, hi) * DAY

    # ---------- population ----------
    def build_members(self, k: int) -> None:
        r = self.rng
        for _ in range(k):
            org, itype, sector, country = r.choice(ORGS)
            lang = COUNTRY_LANG[country] if r.random() < 0.8 else r.choice(LANGS)
            sen = r.choices(["junior", "senior", "executive"], [5, 4, 1])[0]
            role = r.choice(ROLES[sen])
            created = self.t0 - r.randint(400, 6000) * DAY
            aid = self.add_account(
                lang=lang,
                country=country,
                kind="member",
                label="genuine",
                persona="protected-member",
                created=created,
                headline=r.choice([f"{role} at {org}", f"{role} | {TOPIC[sector]}", role, None]),
                about=r.choice(
                    [
                        f"Working on {TOPIC[sector]}.",
                        "Views my own.",
                        "Passionné par la science et l'innovation.",
                        None,
                    ]
                ),
                positions=self.career(country, role, org, r.randint(3, 25), created),
                conns=int(r.lognormvariate(5.2, 0.9)),
                photo=self.photo(),
                skills=r.sample(SKILLS[sector], r.randint(1, 4)),
                education=self.edu(),
                sparse=0.35,
            )
            m = {
                "account_id": aid,
                "organization": org,
                "institution_type": itype,
                "sector": sector,
                "role": role,
                "seniority": sen,
            }
            for key in ("role", "seniority"):
                if r.random() < 0.08:
                    del m[key]
            self.members.append(m)
            self.minfo[aid] = m
        self.member_ids = [m["account_id"] for m in self.members]

    def contact(
        self,
        persona: str,
        kind: str,
        org: str,
        title: str,
        country: str,
        *,
        new: bool = False,
        label: str = "genuine",
        campaign: str | None = None,
        photo: dict | None = None,
        name: tuple[str, str] | None = None,
        created: float | None = None,
        lang: str | None = None,
    ) -> str:
        r = self.rng
        lang = lang or COUNTRY_LANG.get(country, "en")
        tl = lang if lang in LANGS else "en"
        if created is None:
            created = (
                (self.t0 + r.uniform(-60, 0.5 * (self.t1 - self.t0) / DAY) * DAY)
                if new
                else self.t0 - r.randint(200, 5000) * DAY
            )
        yrs = max(1, int((self.t0 - created) / DAY / 365) + r.randint(0, 8))
        aid = self.add_account(
            lang=lang,
            country=country,
            kind=kind,
            label=label,
            persona=persona,
            campaign=campaign,
            created=created,
            headline=r.choice([f"{title} at {org}", f"{title} @ {org}", f"{title} | {org}", title]),
            about=r.choice([f"{title} at {org}.", None, f"{org} - {title}. Let's connect!"]),
            positions=self.career(country, title, org, yrs, created),
            conns=int(r.lognormvariate(5.5, 1.0)) if not new else r.randint(5, 200),
            photo=photo if photo is not None else self.photo(),
            name=name,
            sparse=0.3,
            education=self.edu(),
            month_only_ok=not new,
        )
        a = self.acc[aid]
        a["_org"], a["_title"] = org, title
        if tl != lang:
            a["_lang"] = tl
        return aid

    def targets(self, k: int, sector: str | None = None, org: str | None = None) -> list[str]:
        pool = [
            m["account_id"]
            for m in self.members
            if (sector is None or m["sector"] == sector) and (org is None or m["organization"] == org)
        ]
        if len(pool) < 2:
            pool = self.member_ids
        return self.rng.sample(pool, min(k, len(pool)))

    # ---------- genuine behaviour ----------
    def member_chatter(self) -> None:
        r = self.rng
        by_org: dict[str, list[str]] = {}
        for m in self.members:
            by_org.setdefault(m["organization"], []).append(m["account_id"])
        for a in self.member_ids:
            for _ in range(r.randint(0, 4)):
                b = r.choice(by_org[self.minfo[a]["organization"]] if r.random() < 0.7 else self.member_ids)
                if a == b:
                    continue
                t = self.wt()
                x = r.random()
                if x < 0.35:
                    ev = (
                        self.say(a, b, t, ["connect"], "", typ="invitation")
                        if r.random() < 0.3
                        else self.emit("invitation", a, b, t)
                    )
                    if ev and r.random() < 0.8:
                        self.emit("connection", b, a, ev["_t"] + self.gap(0.01, 9))
                elif x < 0.6:
                    th = "t-" + self.hexid(12)
                    prev = self.say(a, b, t, [r.choice(["work", "smalltalk"])], th)
                    if r.random() < 0.6:
                        self.reply(b, a, t + self.gap(0.01, 3), th, prev)
                elif x < 0.8:
                    self.emit("endorsement", a, b, t)
                else:
                    self.emit("profile_view", a, b, t)

    def genuine_contacts(self, k: int) -> None:
        r = self.rng
        kinds = [
            ("recruiter", 14),
            ("event-organiser", 8),
            ("academic-hiring", 6),
            ("programme-officer", 5),
            ("journalist", 4),
            ("think-tank", 5),
            ("vendor", 8),
            ("old-colleague", 12),
            ("alumni", 12),
            ("peer", 26),
        ]
        names, weights = zip(*kinds, strict=True)
        firms = []
        for i in range(r.randint(4, 8)):
            firm = r.choice(
                [
                    "Hays",
                    "Michael Page",
                    "Robert Walters",
                    "Korn Ferry",
                    "Spencer Stuart",
                    "Egon Zehnder",
                    "TalentTech Search",
                    "Alpha Semicon Talent",
                    "Nucleus Executive Search",
                    "Page Executive",
                ]
            ) + ("" if i < 5 else f" {COUNTRY_NAME[r.choice(EU_COUNTRIES)]}")
            tmpl_rng = random.Random(self.rng.random())
            themes = ["job-offer"] + [
                t
                for t in ("flattery", "urgency", "secrecy", "cv-request", "off-platform")
                if tmpl_rng.random() < 0.35
            ]
            firms.append((firm, themes, tmpl_rng.random(), tmpl_rng.random() < 0.4))
        self.real_staff: list[str] = []
        for _ in range(k):
            kind = r.choices(names, weights)[0]
            self.genuine_one(kind, firms)

    def genuine_one(self, kind: str, firms: list) -> None:
        r = self.rng
        country = r.choice(EU_COUNTRIES)
        if kind == "recruiter":
            firm, themes, tseed, html = (
                r.choice(firms)
                if r.random() < 0.7
                else (
                    r.choice(
                        [
                            "Helion Semiconductor SA",
                            "NordChip Foundry GmbH",
                            "WindSpire Renewables BV",
                            "Capgemini",
                        ]
                    ),
                    ["job-offer"] + (["cv-request"] if r.random() < 0.5 else []),
                    r.random(),
                    False,
                )
            )
            aid = self.contact(
                "recruiter",
                kind,
                firm,
                r.choice(
                    [
                        "Senior Consultant",
                        "Talent Acquisition Partner",
                        "Headhunter",
                        "Associate Director",
                        "Executive Search Partner",
                        "Recruiting Lead",
                    ]
                ),
                country,
                new=r.random() < 0.25,
            )
            for tg in self.targets(r.randint(3, 25)):
                t, th = self.wt(), "t-" + self.hexid(12)
                c = self.ctx(aid, tg)
                if r.random() < 0.25:
                    c["first"] = "%FIRSTNAME%"
                text, cats = self.compose(
                    themes, self.acc[aid]["_lang"], c, html=html, fixed=random.Random(tseed)
                )
                ev = self.emit("message", aid, tg, t, text, th, cats)
                if ev and r.random() < 0.3:
                    self.reply(tg, aid, t + self.gap(0.1, 10), th, ev)
            return
        if kind == "event-organiser":
            predatory = r.random() < 0.5
            org = r.choice(
                [
                    "SciEvents Global",
                    "WASET-like Research Society",
                    "Global Scholars Forum",
                    "EuroTech Conferences",
                    "ECCOMAS Secretariat",
                    "VDI Wissensforum",
                    "Forum Atomique Européen",
                    "Hydrogen Europe Events",
                ]
            )
            aid = self.contact(
                "event-organiser",
                kind,
                org,
                r.choice(
                    ["Conference Manager", "Program Coordinator", "Event Manager", "Chargée d'événements"]
                ),
                r.choice([*EU_COUNTRIES, "AE", "SG", "IN", "US"]),
                new=predatory and r.random() < 0.5,
            )
            base = ["event-invitation"] + (
                ["paid-travel", "flattery", "urgency"]
                if predatory
                else (["paid-travel"] if r.random() < 0.3 else [])
            )
            for tg in self.targets(r.randint(4, 30)):
                th = "t-" + self.hexid(12)
                ev = self.say(aid, tg, self.wt(), base, th, html=predatory and r.random() < 0.5)
                if ev and r.random() < 0.15:
                    self.reply(tg, aid, ev["_t"] + self.gap(0.1, 5), th, ev)
            return
        themes_by_kind = {
            "academic-hiring": (
                ["job-offer", "paid-travel", "flattery"],
                ["CN", "SG", "AE", "US", "CH", "GB", "NL", "HK"],
                ["Postdoc Coordinator", "Professor", "HR Officer - Research Careers"],
                [
                    "Tsinghua University",
                    "NUS",
                    "Khalifa University",
                    "ETH Zürich",
                    "University of Cambridge",
                    "HKUST",
                ],
                2,
                8,
            ),
            "programme-officer": (
                ["event-invitation", "paid-work", "paid-travel"],
                ["BE", "FR", "DE", "NL"],
                ["Programme Officer", "Policy Officer", "Project Adviser"],
                [
                    "European Commission - DG RTD",
                    "European Research Executive Agency",
                    "Agence nationale de la recherche",
                    "Bundesministerium für Bildung und Forschung",
                ],
                2,
                10,
            ),
            "journalist": (
                ["info-overview", "secrecy", "off-platform"],
                EU_COUNTRIES,
                ["Technology Reporter", "Journaliste", "Redakteurin"],
                ["Le Monde", "Handelsblatt", "Financial Times", "Die Zeit", "Politico Europe", "NRC"],
                1,
                6,
            ),
            "think-tank": (
                ["event-invitation", "paid-travel", "flattery"],
                ["BE", "FR", "DE", "GB", "US"],
                ["Research Fellow", "Programme Director", "Events Coordinator"],
                ["IFRI", "SWP Berlin", "Bruegel", "Chatham House", "RAND Europe", "IISS"],
                2,
                8,
            ),
            "vendor": (
                ["event-invitation", "urgency"],
                [*EU_COUNTRIES, "US", "IN"],
                ["Account Executive", "Sales Director", "Business Developer"],
                ["Dell Technologies", "Keysight", "Synopsys", "SAP", "Palantir", "OVHcloud"],
                2,
                12,
            ),
        }
        if kind in themes_by_kind:
            themes, countries, titles, orgs, lo, hi = themes_by_kind[kind]
            aid = self.contact(kind, kind, r.choice(orgs), r.choice(titles), r.choice(countries))
            if kind in ("think-tank", "programme-officer"):
                self.real_staff.append(aid)
            extra = (
                {"event": "expert evaluation panel (daily fee EUR 450)"}
                if kind == "programme-officer"
                else None
            )
            for tg in self.targets(r.randint(lo, hi)):
                t, th = self.wt(), "t-" + self.hexid(12)
                th_use = [x for x in themes if r.random() < 0.75] or themes[:1]
                if kind == "journalist" and "off-platform" in th_use:
                    extra = {"app": "Signal"}
                if r.random() < 0.4:
                    inv = self.say(aid, tg, t, ["connect"], th, typ="invitation")
                    if inv and r.random() < 0.6:
                        self.emit("connection", tg, aid, inv["_t"] + self.gap(0.1, 6))
                    t += self.gap(1, 20)
                ev = self.say(aid, tg, t, th_use, th, extra=extra)
                if ev and r.random() < 0.4:
                    rep = self.reply(tg, aid, ev["_t"] + self.gap(0.1, 4), th, ev)
                    if rep and r.random() < 0.5:
                        self.say(aid, tg, rep["_t"] + self.gap(0.1, 3), ["reply"], th, quote=rep.get("text"))
            return
        # old colleagues abroad, alumni, peers: connect, small talk, sometimes suggest WeChat/WhatsApp
        if kind == "old-colleague":
            country = r.choice(["CN", "RU", "IR", "AE", "IN", "US", "SG", "GB", "DE", "FR"])
        org = r.choice(
            [
                "Huawei",
                "Rosatom",
                "Tata Consultancy Services",
                "Masdar",
                "Intel",
                "Bosch",
                "CERN",
                "ITER Organization",
                "Université de Lyon",
                "Leonardo",
                "TotalEnergies",
                "Baidu",
                "Sharif University of Technology",
            ]
        )
        aid = self.contact(kind, kind, org, r.choice(ROLES["senior"] + ROLES["junior"]), country)
        for tg in self.targets(r.randint(1, 5)):
            t, th = self.wt(), "t-" + self.hexid(12)
            inv = (
                self.say(aid, tg, t, ["connect"], th, typ="invitation")
                if r.random() < 0.4
                else self.emit("invitation", aid, tg, t)
            )
            if inv is None or r.random() < 0.1:
                continue
            t = inv["_t"] + self.gap(0.05, 8)
            self.emit("connection", tg, aid, t)
            for _ in range(r.randint(0, 4)):
                t += self.gap(2, 60)
                themes = ["smalltalk"]
                if kind == "old-colleague" and r.random() < 0.35:
                    themes = ["smalltalk", "off-platform"]
                ev = self.say(
                    aid, tg, t, themes, th, extra={"app": r.choice(["WeChat", "WhatsApp", "Telegram"])}
                )
                if ev and r.random() < 0.6:
                    self.reply(tg, aid, ev["_t"] + self.gap(0.05, 3), th, ev)
            if r.random() < 0.3:
                self.emit("endorsement", aid, tg, t + self.gap(1, 30))
            if r.random() < 0.3:
                self.emit("profile_view", tg, aid, t + self.gap(0, 30))

    # ---------- operations ----------
    def operations(self, budget: int) -> None:
        r = self.rng
        sizes = [min(r.randint(20, 60), max(3, budget // 2))]
        left = budget - sizes[0]
        while left > 0:
            s = min(left, r.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15]))
            sizes.append(s)
            left -= s
        personas = [
            "consultant",
            "think-tank fellow",
            "business representative",
            "headhunter (covert)",
            "academic exchange coordinator",
            "investment scout",
            "policy analyst",
            "journalist persona",
        ]
        covers = [
            "Horizon Strategic Advisory",
            "Pan-Eurasia Policy Institute",
            "Global Talent Bridge Ltd",
            "Sino-Euro Tech Cooperation Centre",
            "Meridian Insight Partners",
            "Atlantic Futures Forum",
            "Orion Risk Consulting",
            "Blue Delta Ventures",
            "Institute for Strategic Dialogue & Innovation",
            "NovaBridge Consulting",
            "EastWest Knowledge Exchange",
        ]
        for size in sizes:
            cid = "op-" + self.hexid(8)
            self.campaigns.append(cid)
            self.campaign(cid, size, r.choice(personas), r.choice(covers))

    def campaign(self, cid: str, size: int, persona: str, cover: str) -> None:
        r = self.rng
        deep = r.random() < 0.4
        org = r.choice(ORGS)
        sector = org[2]
        face = r.choice(["ai", "ai", "reuse", "stock"])
        base_face = self.hexid(16)
        slow = r.random() < 0.5
        early_off = r.random() < 0.4
        impersonate = 0.25 if r.random() < 0.3 else 0.0
        lang = r.choice(["en", "en", "en", "fr", "de", "it", "es", "nl"])
        country = r.choice(["GB", "US", "SG", "HK", "AE", "BE", "CH", "FR", "DE"])
        start = r.uniform(self.t0 - 30 * DAY, self.t0 + 0.5 * (self.t1 - self.t0))
        pids: list[str] = []
        for i in range(size):
            created = start - r.uniform(5, 200) * DAY
            mode = r.random()
            if mode < impersonate and self.real_staff:  # impersonate real staff of a real organisation
                real = self.acc[r.choice(self.real_staff)]
                nm = real["name"]
                variants = [
                    nm.replace("a", "á", 1),
                    nm.replace("ph", "f", 1),
                    nm.replace("ll", "l", 1),
                    nm + " ",
                    nm.replace("e", "é", 1),
                    nm.replace("i", "y", 1),
                ]
                v = r.choice([x for x in variants if x != nm] or [nm + "."])
                ph = (
                    self.photo("near", base=real["photo"]["phash"])
                    if real.get("photo", {}).get("phash")
                    else self.photo("unique")
                )
                aid = self.contact(
                    f"{persona} (impersonating real staff)",
                    "fake",
                    real["_org"],
                    real["_title"],
                    country,
                    label="fake",
                    campaign=cid,
                    photo=ph,
                    name=(real["_first"], v.strip()),
                    created=created,
                    lang=lang,
                )
            elif mode > 0.93 and i > 0:  # hijacked old genuine-looking account
                aid = self.contact(
                    f"{persona} (hijacked account)",
                    "fake",
                    r.choice(["Siemens AG", "Capgemini", "Thales", "Independent"]),
                    r.choice(ROLES["senior"]),
                    r.choice(EU_COUNTRIES),
                    label="fake",
                    campaign=cid,
                    created=self.t0 - r.randint(1500, 5000) * DAY,
                )
                self.acc[aid]["_hijacked"] = True
            else:
                ph = (
                    self.photo("near", base=base_face)
                    if face == "reuse"
                    else self.photo("ai" if face == "ai" else "unique")
                )
                title = r.choice(
                    [
                        "Senior Consultant",
                        "Partner",
                        "Research Fellow",
                        "Director, Europe",
                        "Business Development Manager",
                        "Head of Talent",
                        "Associate",
                        "Programme Lead",
                    ]
                )
                aid = self.contact(
                    persona,
                    "fake",
                    cover,
                    title,
                    country,
                    label="fake",
                    campaign=cid,
                    photo=ph,
                    created=created,
                    lang=lang,
                    new=True,
                )
                self.acc[aid]["positions"] = self.acc[aid].get("positions", [])[
                    : r.randint(1, 2)
                ] or self.acc[aid].get("positions", [])
                if not self.acc[aid]["positions"]:
                    del self.acc[aid]["positions"]
            pids.append(aid)
        for j, aid in enumerate(pids):
            k = r.randint(3, 14) if not deep else r.randint(2, 8)
            tg = (
                self.targets(k, org=org[0])
                if deep
                else self.targets(k, sector=sector if r.random() < 0.7 else None)
            )
            hijacked = self.acc[aid].get("_hijacked")
            if hijacked:  # genuine-looking history first
                for m in self.targets(r.randint(2, 6)):
                    t = self.t0 + r.uniform(0, 0.5) * (self.t1 - self.t0)
                    self.emit(r.choice(["endorsement", "profile_view"]), aid, m, t)
            for m in tg:
                t = (
                    (self.t0 + r.uniform(0.7, 0.95) * (self.t1 - self.t0))
                    if hijacked
                    else start + r.uniform(0, 120) * DAY
                )
                colleague = pids[(j + 1) % len(pids)] if len(pids) > 1 and r.random() < 0.25 else None
                self.approach(aid, m, t, slow, early_off, colleague)

    def approach(
        self, aid: str, m: str, t: float, slow: bool, early_off: bool, colleague: str | None
    ) -> None:
        r = self.rng
        th = "t-" + self.hexid(12)
        if r.random() < 0.3:
            self.emit("profile_view", aid, m, t - self.gap(0.1, 5))
        note = r.choice([["connect"], ["flattery"], [], ["connect", "flattery"]])
        inv = self.say(aid, m, t, note, th, typ="invitation") if note else self.emit("invitation", aid, m, t)
        if inv is None or r.random() < 0.35:
            return
        t = inv["_t"] + self.gap(0.05, 10)
        self.emit("connection", m, aid, t)
        responsive = r.random() < 0.6
        prev = None
        for _ in range(r.randint(3, 9) if slow else r.randint(0, 1)):
            t += self.gap(5, 25) if slow else self.gap(0.5, 4)
            prev = self.say(aid, m, t, ["smalltalk"] if r.random() < 0.85 else ["smalltalk", "flattery"], th)
            if prev and responsive and r.random() < 0.6:
                prev = self.reply(m, aid, prev["_t"] + self.gap(0.02, 3), th, prev) or prev
        t += self.gap(1, 14)
        offer = r.choice(
            [
                ["flattery", "paid-work"],
                ["paid-travel", "event-invitation"],
                ["job-offer", "flattery", "secrecy", "cv-request"],
                ["paid-work", "urgency"],
                ["event-invitation", "paid-travel", "flattery", "urgency"],
            ]
        )
        if early_off:
            offer = [*offer, "off-platform"]
        prev = self.say(aid, m, t, offer, th, quote=prev.get("text") if prev else None)
        if prev is None:
            return
        if not responsive and r.random() < 0.7:
            self.say(aid, m, t + self.gap(3, 12), ["urgency", "flattery"], th)
            return
        prev = self.reply(m, aid, prev["_t"] + self.gap(0.05, 4), th, prev) or prev
        sender = aid
        if colleague:
            self.say(
                aid,
                m,
                prev["_t"] + self.gap(0.5, 5),
                ["handoff"],
                th,
                extra={"colleague": self.acc[colleague]["name"]},
            )
            sender = colleague
            th = "t-" + self.hexid(12)
            t2 = prev["_t"] + self.gap(1, 8)
            inv = self.say(colleague, m, t2, ["connect"], th, typ="invitation")
            if inv:
                self.emit("connection", m, colleague, inv["_t"] + self.gap(0.05, 3))
        t = prev["_t"] + self.gap(2, 20)
        steps = [
            ["info-overview"],
            ["info-overview", "paid-work"],
            ["info-docs", "secrecy"],
            ["info-docs", "urgency"],
        ]
        if not early_off:
            steps.insert(r.randint(0, 1), ["off-platform"])
        for st in steps[: r.randint(1, len(steps))]:
            ev = self.say(sender, m, t, st, th)
            if ev is None:
                return
            if r.random() < 0.5:
                self.reply(m, sender, ev["_t"] + self.gap(0.05, 5), th, ev)
            t = ev["_t"] + self.gap(3, 30)

    # ---------- output ----------
    def finish(self) -> None:
        r = self.rng
        self.inter.sort(key=lambda e: (e["_t"], e["from"], e["to"], e["type"]))
        seen: set[str] = set()
        conn: dict[str, int] = {}
        for e in self.inter:
            while True:
                iid = r.choice(["i-", "msg-", "2-"]) + self.hexid(14)
                if iid not in seen:
                    break
            seen.add(iid)
            e["id"] = iid
            if e["type"] == "connection":
                for k in ("from", "to"):
                    conn[e[k]] = conn.get(e[k], 0) + 1
        for a in self.accounts:
            if "connections" in a:
                a["connections"] = min(500, max(a["connections"], conn.get(a["id"], 0)))

    def write(self, out: Path) -> dict:
        out.mkdir(parents=True, exist_ok=True)

        def dump(name: str, rows: list[dict]) -> None:
            with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
                for row in rows:
                    fh.write(
                        json.dumps(
                            {k: v for k, v in row.items() if not k.startswith("_")}, ensure_ascii=False
                        )
                        + "\n"
                    )

        accounts = sorted(self.accounts, key=lambda a: a["id"])
        dump("accounts.jsonl", accounts)
        dump("interactions.jsonl", self.inter)
        dump("members.jsonl", self.members)
        dump("labels.jsonl", sorted(self.labels, key=lambda x: x["account_id"]))
        fake = {x["account_id"] for x in self.labels if x["label"] == "fake"}
        ml = []
        for e in self.inter:
            if e["type"] in ("invitation", "message") and e.get("text"):
                lure = e["from"] in fake and bool(e["_cats"])
                ml.append({"interaction_id": e["id"], "lure": lure, "categories": e["_cats"]})
        dump("message_labels.jsonl", ml)
        types: dict[str, int] = {}
        for e in self.inter:
            types[e["type"]] = types.get(e["type"], 0) + 1
        return {
            "accounts": len(accounts),
            "fake": len(fake),
            "genuine": len(accounts) - len(fake),
            "members": len(self.members),
            "campaigns": len({x["campaign"] for x in self.labels if x["campaign"]}),
            "interactions": len(self.inter),
            "by_type": dict(sorted(types.items())),
            "texted": len(ml),
            "lures": sum(1 for x in ml if x["lure"]),
            "window": [iso(self.t0), iso(self.t1)],
        }


def generate(seed: int, n: int, out: Path) -> dict:
    w = World(seed, n)
    n_members = max(10, int(n * 0.28))
    budget = max(6, round(n * 0.045))
    w.build_members(n_members)
    w.genuine_contacts(max(5, n - n_members - budget))
    w.operations(budget)
    w.member_chatter()
    w.finish()
    return w.write(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--accounts", type=int, default=4000)
    a = p.parse_args(argv)
    counts = generate(a.seed, a.accounts, a.out)
    print(json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
