#!/usr/bin/env python3
"""Third, independently written synthetic world for evaluating fake-persona detection.

Written from the dataset contract (dataset-format v1) and published red flags only, without
looking at the project's own generators. Standard library only; deterministic per seed.

    python benchmarks/third_world.py --seed 1 --out /tmp/world1 [--accounts 4000]

Writes accounts.jsonl, interactions.jsonl, members.jsonl, labels.jsonl and message_labels.jsonl.

What it models, in short:
- protected members in several sensitive sectors and institution types (the targets);
- genuine hard cases: agency and in-house recruiters (shared firm templates and logos, foreign firms
  offering relocation), event organisers paying speakers' travel (some predatory), expert networks
  paying per hour, academics, colleagues abroad who move chats to WeChat/WhatsApp, journalists
  offering anonymity on Signal, salespeople, many new and sparse genuine accounts;
- operations: a few large campaigns, several small ones and lone personas; burst-created or aged
  accounts; a reused stolen face (near-identical phash, sometimes also on the genuine victim's
  profile), no photo or unique faces; invented, real-but-unrelated or no employer; burst or
  low-and-slow pacing; a funnel (invitation, acceptance, flattery, offer, off-platform move,
  information requests) with target replies, follow-ups and hand-offs between personas; personas
  vouching for each other and connecting to random genuine accounts; campaign-shared scripts,
  persona habits, polished or clumsy writing, explicit or subtle money wording, EN/FR/DE and mixed;
- operators working office hours in their own time zone, not always the claimed one.
Message categories come from the parts each message was built from, not from pattern matching.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Name, place and organisation banks
# --------------------------------------------------------------------------------------------

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "James",
            "Oliver",
            "Emma",
            "Sophie",
            "Daniel",
            "Sarah",
            "Thomas",
            "Rachel",
            "Michael",
            "Laura",
            "David",
            "Hannah",
            "Andrew",
            "Claire",
            "Mark",
            "Rebecca",
            "Peter",
            "Katherine",
            "Simon",
            "Lucy",
            "Jonathan",
            "Emily",
            "Richard",
            "Amy",
            "Matthew",
            "Olivia",
            "Ben",
            "Grace",
        ],
        [
            "Smith",
            "Clarke",
            "Taylor",
            "Brown",
            "Wilson",
            "Walker",
            "Hughes",
            "Wright",
            "Green",
            "Hall",
            "Bennett",
            "Cooper",
            "Morris",
            "Price",
            "Evans",
            "Turner",
            "Parker",
            "Collins",
            "Edwards",
            "Stewart",
            "Murphy",
            "Reed",
            "Foster",
            "Harper",
            "Ellis",
            "Knight",
        ],
    ),
    "fr": (
        [
            "Marie",
            "Julien",
            "Camille",
            "Nicolas",
            "Claire",
            "Antoine",
            "Sophie",
            "Mathieu",
            "Élodie",
            "Pierre",
            "Céline",
            "Guillaume",
            "Isabelle",
            "François",
            "Aurélie",
            "Thomas",
            "Hélène",
            "Laurent",
            "Nathalie",
            "Olivier",
            "Chloé",
            "Sébastien",
            "Manon",
            "Hugo",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Durand",
            "Lefèvre",
            "Moreau",
            "Laurent",
            "Simon",
            "Michel",
            "Garnier",
            "Rousseau",
            "Fournier",
            "Girard",
            "Bonnet",
            "Dupont",
            "Lambert",
            "Fontaine",
            "Chevalier",
            "Robin",
            "Masson",
            "Mercier",
            "Blanc",
            "Guérin",
            "Faure",
        ],
    ),
    "de": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Katharina",
            "Felix",
            "Julia",
            "Maximilian",
            "Lena",
            "Sebastian",
            "Sabine",
            "Tobias",
            "Claudia",
            "Stefan",
            "Miriam",
            "Florian",
            "Andrea",
            "Matthias",
            "Johanna",
            "Tim",
            "Susanne",
            "Jan",
            "Kerstin",
            "Moritz",
            "Franziska",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Braun",
            "Zimmermann",
            "Krüger",
            "Hartmann",
            "Lange",
            "Werner",
            "Krause",
            "Vogel",
        ],
    ),
    "zh": (
        [
            "Wei",
            "Fang",
            "Jing",
            "Lei",
            "Min",
            "Yan",
            "Hao",
            "Xin",
            "Tao",
            "Ying",
            "Jun",
            "Li",
            "Na",
            "Qiang",
            "Hui",
            "Chen",
            "Rui",
            "Lin",
            "Yu",
            "Bo",
        ],
        [
            "Wang",
            "Li",
            "Zhang",
            "Liu",
            "Chen",
            "Yang",
            "Zhao",
            "Huang",
            "Zhou",
            "Wu",
            "Xu",
            "Sun",
            "Ma",
            "Zhu",
            "Hu",
            "Guo",
            "He",
            "Lin",
            "Gao",
            "Luo",
        ],
    ),
    "hk": (
        [
            "Kelvin",
            "Jason",
            "Cindy",
            "Vivian",
            "Eric",
            "Winnie",
            "Alan",
            "Karen",
            "Raymond",
            "Joyce",
            "Dennis",
            "Priscilla",
            "Ivan",
            "Stella",
        ],
        [
            "Tan",
            "Lim",
            "Lee",
            "Ng",
            "Wong",
            "Chan",
            "Leung",
            "Cheung",
            "Ho",
            "Lau",
            "Yeung",
            "Chua",
            "Teo",
            "Koh",
            "Goh",
        ],
    ),
    "ru": (
        [
            "Alexei",
            "Dmitri",
            "Elena",
            "Olga",
            "Sergei",
            "Natalia",
            "Ivan",
            "Anna",
            "Mikhail",
            "Tatiana",
            "Andrei",
            "Irina",
            "Pavel",
            "Svetlana",
        ],
        [
            "Ivanov",
            "Petrov",
            "Smirnov",
            "Volkov",
            "Sokolov",
            "Kuznetsov",
            "Popov",
            "Morozov",
            "Lebedev",
            "Novikov",
            "Fedorov",
            "Orlov",
        ],
    ),
    "fa": (
        [
            "Ali",
            "Reza",
            "Maryam",
            "Sara",
            "Mohammad",
            "Zahra",
            "Hossein",
            "Fatemeh",
            "Amir",
            "Narges",
            "Mehdi",
            "Leila",
            "Hamid",
            "Parisa",
        ],
        [
            "Ahmadi",
            "Hosseini",
            "Karimi",
            "Rezaei",
            "Moradi",
            "Mohammadi",
            "Jafari",
            "Rahimi",
            "Sadeghi",
            "Mousavi",
            "Tehrani",
            "Azizi",
        ],
    ),
    "tr": (
        [
            "Mehmet",
            "Ayşe",
            "Emre",
            "Zeynep",
            "Can",
            "Elif",
            "Burak",
            "Selin",
            "Murat",
            "Deniz",
            "Oğuz",
            "Ebru",
            "Kerem",
            "Gizem",
        ],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Koç",
            "Kurt",
        ],
    ),
    "ar": (
        [
            "Omar",
            "Fatima",
            "Khalid",
            "Aisha",
            "Yousef",
            "Mariam",
            "Hamad",
            "Noura",
            "Saeed",
            "Layla",
            "Rashid",
            "Huda",
            "Faisal",
            "Reem",
        ],
        [
            "Al Mansoori",
            "Haddad",
            "Khoury",
            "Al Suwaidi",
            "Al Hashimi",
            "Nasser",
            "Saleh",
            "Al Falasi",
            "Darwish",
        ],
    ),
    "in": (
        [
            "Rahul",
            "Priya",
            "Arjun",
            "Ananya",
            "Vikram",
            "Sneha",
            "Rohan",
            "Kavya",
            "Aditya",
            "Meera",
            "Sanjay",
            "Pooja",
            "Karthik",
            "Nisha",
        ],
        [
            "Sharma",
            "Patel",
            "Iyer",
            "Reddy",
            "Nair",
            "Gupta",
            "Menon",
            "Rao",
            "Singh",
            "Krishnan",
            "Joshi",
            "Banerjee",
            "Kulkarni",
        ],
    ),
    "he": (
        [
            "Noa",
            "Yonatan",
            "Tamar",
            "Itai",
            "Shira",
            "Omer",
            "Maya",
            "Eitan",
            "Yael",
            "Amit",
            "Roni",
            "Gal",
            "Dana",
            "Ariel",
        ],
        [
            "Cohen",
            "Levi",
            "Mizrahi",
            "Peretz",
            "Biton",
            "Friedman",
            "Katz",
            "Shapiro",
            "Avraham",
            "Dahan",
            "Goldberg",
            "Ben-David",
        ],
    ),
    "it": (
        [
            "Marco",
            "Giulia",
            "Luca",
            "Francesca",
            "Alessandro",
            "Chiara",
            "Matteo",
            "Sara",
            "Lorenzo",
            "Elena",
            "Davide",
            "Valentina",
        ],
        [
            "Rossi",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "Esposito",
            "Ferrari",
        ],
    ),
    "es": (
        [
            "Javier",
            "Lucía",
            "Carlos",
            "Marta",
            "Pablo",
            "Elena",
            "Diego",
            "Carmen",
            "Álvaro",
            "Laura",
            "Sergio",
            "Paula",
        ],
        [
            "García",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Díaz",
            "Moreno",
            "Jiménez",
            "Navarro",
        ],
    ),
    "nl": (
        [
            "Daan",
            "Sanne",
            "Bram",
            "Lotte",
            "Joost",
            "Eva",
            "Pieter",
            "Anouk",
            "Ruben",
            "Femke",
            "Wouter",
            "Iris",
        ],
        [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "Peeters",
            "Claes",
        ],
    ),
    "pl": (
        [
            "Piotr",
            "Anna",
            "Tomasz",
            "Katarzyna",
            "Paweł",
            "Magdalena",
            "Marcin",
            "Agnieszka",
            "Krzysztof",
            "Joanna",
        ],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"],
    ),
    "ja": (
        ["Hiroshi", "Yuki", "Takeshi", "Aiko", "Kenji", "Naoko", "Daisuke", "Emi", "Shota", "Haruka"],
        [
            "Sato",
            "Suzuki",
            "Takahashi",
            "Tanaka",
            "Watanabe",
            "Ito",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Kato",
        ],
    ),
    "ko": (
        ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-bin", "Jae-won", "Ye-jin"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"],
    ),
}

COUNTRIES: dict[str, dict] = {
    # country: culture, cities, utc offset (hours), weight among ordinary genuine accounts
    "FR": {
        "culture": "fr",
        "cities": ["Paris", "Lyon", "Grenoble", "Toulouse", "Saclay", "Marseille"],
        "tz": 1,
        "w": 30,
    },
    "DE": {
        "culture": "de",
        "cities": ["Berlin", "München", "Jülich", "Dresden", "Karlsruhe", "Hamburg"],
        "tz": 1,
        "w": 22,
    },
    "BE": {"culture": "fr", "cities": ["Brussels", "Leuven", "Mol"], "tz": 1, "w": 6},
    "NL": {"culture": "nl", "cities": ["Amsterdam", "Eindhoven", "Delft", "The Hague"], "tz": 1, "w": 6},
    "GB": {
        "culture": "en",
        "cities": ["London", "Cambridge", "Oxford", "Manchester", "Bristol"],
        "tz": 0,
        "w": 12,
    },
    "US": {
        "culture": "en",
        "cities": ["Washington DC", "Boston", "San Francisco", "New York", "Austin"],
        "tz": -5,
        "w": 10,
    },
    "CH": {"culture": "de", "cities": ["Geneva", "Zürich", "Lausanne", "Bern"], "tz": 1, "w": 4},
    "IT": {"culture": "it", "cities": ["Milan", "Rome", "Turin"], "tz": 1, "w": 4},
    "ES": {"culture": "es", "cities": ["Madrid", "Barcelona"], "tz": 1, "w": 3},
    "PL": {"culture": "pl", "cities": ["Warsaw", "Kraków"], "tz": 1, "w": 2},
    "AT": {"culture": "de", "cities": ["Vienna", "Graz"], "tz": 1, "w": 2},
    "CN": {"culture": "zh", "cities": ["Beijing", "Shanghai", "Shenzhen", "Hefei", "Wuhan"], "tz": 8, "w": 4},
    "HK": {"culture": "hk", "cities": ["Hong Kong"], "tz": 8, "w": 2},
    "SG": {"culture": "hk", "cities": ["Singapore"], "tz": 8, "w": 2},
    "RU": {"culture": "ru", "cities": ["Moscow", "Saint Petersburg", "Novosibirsk"], "tz": 3, "w": 2},
    "IR": {"culture": "fa", "cities": ["Tehran", "Isfahan"], "tz": 3.5, "w": 1},
    "TR": {"culture": "tr", "cities": ["Istanbul", "Ankara"], "tz": 3, "w": 2},
    "AE": {"culture": "ar", "cities": ["Dubai", "Abu Dhabi"], "tz": 4, "w": 2},
    "IL": {"culture": "he", "cities": ["Tel Aviv", "Haifa", "Jerusalem"], "tz": 2, "w": 1},
    "IN": {"culture": "in", "cities": ["Bengaluru", "Mumbai", "New Delhi", "Pune"], "tz": 5.5, "w": 3},
    "JP": {"culture": "ja", "cities": ["Tokyo", "Osaka"], "tz": 9, "w": 1},
    "KR": {"culture": "ko", "cities": ["Seoul", "Daejeon"], "tz": 9, "w": 1},
}
ABROAD = ["CN", "RU", "IR", "TR", "AE", "HK", "SG", "IL", "IN", "US", "GB", "JP", "KR", "CH"]

SECTOR_TOPICS: dict[str, list[str]] = {
    "nuclear": [
        "small modular reactors",
        "fuel cycle policy",
        "reactor safety assessment",
        "fusion materials",
        "radioactive waste management",
        "nuclear fuel supply chains",
        "neutronics simulation",
    ],
    "semiconductors": [
        "advanced packaging",
        "EUV lithography",
        "SiC power devices",
        "chip supply chain resilience",
        "wafer bonding",
        "300 mm fab operations",
        "the European Chips Act",
    ],
    "supercomputing": [
        "exascale systems",
        "HPC procurement",
        "interconnect design",
        "quantum-HPC integration",
        "climate simulation codes",
        "GPU cluster operations",
    ],
    "health": [
        "vaccine platforms",
        "pandemic preparedness",
        "clinical trial data",
        "genomic surveillance",
        "hospital cyber-resilience",
        "biobank governance",
    ],
    "green-energy": [
        "grid-scale storage",
        "offshore wind",
        "green hydrogen",
        "battery materials",
        "energy transition policy",
        "critical raw materials",
    ],
    "defence": [
        "drone countermeasures",
        "naval systems",
        "defence procurement",
        "space situational awareness",
        "military cyber doctrine",
        "missile defence",
    ],
    "economy-finance": [
        "sovereign debt",
        "export controls",
        "foreign investment screening",
        "sanctions policy",
        "trade negotiations",
        "budget planning",
    ],
    "ai": [
        "large language models",
        "AI safety evaluation",
        "computer vision",
        "AI regulation",
        "federated learning",
        "AI for materials discovery",
    ],
    "public-administration": [
        "digital government",
        "public procurement reform",
        "inter-ministerial coordination",
        "civil service reform",
        "crisis management",
    ],
}
SECTOR_EN = {
    "nuclear": "nuclear energy",
    "semiconductors": "semiconductors",
    "supercomputing": "high-performance computing",
    "health": "health",
    "green-energy": "green energy",
    "defence": "defence",
    "economy-finance": "economic policy",
    "ai": "AI",
    "public-administration": "public administration",
}
SECTOR_FR = {
    "nuclear": "nucléaire",
    "semiconductors": "semi-conducteurs",
    "supercomputing": "calcul haute performance",
    "health": "santé",
    "green-energy": "énergies renouvelables",
    "defence": "défense",
    "economy-finance": "économie",
    "ai": "intelligence artificielle",
    "public-administration": "action publique",
}
SECTOR_DE = {
    "nuclear": "Kerntechnik",
    "semiconductors": "Halbleiter",
    "supercomputing": "Höchstleistungsrechnen",
    "health": "Gesundheit",
    "green-energy": "erneuerbare Energien",
    "defence": "Verteidigung",
    "economy-finance": "Wirtschaft und Finanzen",
    "ai": "künstliche Intelligenz",
    "public-administration": "öffentliche Verwaltung",
}

# Things an elicitation persona asks for, per sector (non-public, progressively more sensitive).
SECTOR_ASKS: dict[str, list[str]] = {
    "nuclear": [
        "the timeline your team is working to for the SMR licensing file",
        "which fuel suppliers are on the shortlist",
        "the internal safety review findings you mentioned",
        "how the export authorisations are handled internally",
    ],
    "semiconductors": [
        "the yield figures for the new line",
        "which customers are behind the next tape-out",
        "the process parameters your group settled on",
        "the roadmap slides from the internal review",
    ],
    "supercomputing": [
        "the specifications in the upcoming procurement",
        "who the vendors on the shortlist are",
        "the access rules for the classified partition",
        "the benchmark results before publication",
    ],
    "health": [
        "the preliminary trial results",
        "the procurement volumes planned for next year",
        "the names of the people on the expert committee",
        "the internal preparedness plan",
    ],
    "green-energy": [
        "the tender evaluation criteria",
        "the offtake prices in the draft contracts",
        "the ministry's position before the auction is announced",
        "supplier names for the electrolysers",
    ],
    "defence": [
        "the programme schedule",
        "which subcontractors are involved",
        "the requirements document",
        "how the test campaign went",
    ],
    "economy-finance": [
        "the ministry's position before the next negotiation round",
        "the draft list for the screening mechanism",
        "the internal note on the sanctions package",
        "the budget assumptions before publication",
    ],
    "ai": [
        "the evaluation results before the paper is out",
        "the architecture your lab is using internally",
        "the training data sources",
        "the list of partners on the confidential project",
    ],
    "public-administration": [
        "the internal organisation chart of your directorate",
        "the draft reform before it is announced",
        "who is in charge of the file on your side",
        "the minutes from last week's meeting",
    ],
}

# Protected organisations: name, country, institution type, sector.
MEMBER_ORGS = [
    ("Commissariat à l'énergie atomique (CEA)", "FR", "national", "nuclear"),
    ("Orano", "FR", "private", "nuclear"),
    ("Institut de radioprotection et de sûreté nucléaire", "FR", "national", "nuclear"),
    ("Forschungszentrum Jülich", "DE", "national", "supercomputing"),
    ("GENCI", "FR", "national", "supercomputing"),
    ("STMicroelectronics", "FR", "private", "semiconductors"),
    ("Soitec", "FR", "private", "semiconductors"),
    ("Infineon Technologies", "DE", "private", "semiconductors"),
    ("imec", "BE", "academic", "semiconductors"),
    ("Direction générale de l'armement", "FR", "national", "defence"),
    ("Naval Group", "FR", "private", "defence"),
    ("Ministère de l'Économie et des Finances", "FR", "national", "economy-finance"),
    ("Bundesministerium für Wirtschaft und Klimaschutz", "DE", "national", "economy-finance"),
    ("Institut Pasteur", "FR", "health", "health"),
    ("Charité – Universitätsmedizin Berlin", "DE", "health", "health"),
    ("Inria", "FR", "academic", "ai"),
    ("Technische Universität München", "DE", "academic", "ai"),
    ("ADEME", "FR", "national", "green-energy"),
    ("Siemens Energy", "DE", "private", "green-energy"),
    ("Direction interministérielle du numérique", "FR", "national", "public-administration"),
    (
        "Secrétariat général de la défense et de la sécurité nationale",
        "FR",
        "national",
        "public-administration",
    ),
    ("Pôle de compétitivité Minalogic", "FR", "other", "semiconductors"),
]

MEMBER_ROLES: dict[str, dict[str, list[str]]] = {
    "nuclear": {
        "junior": ["Research Engineer", "PhD Candidate", "Safety Analyst"],
        "senior": ["Senior Reactor Physicist", "Project Lead, Fuel Cycle", "Principal Safety Engineer"],
        "executive": ["Head of Reactor Programmes", "Deputy Director, Nuclear Energy Division"],
    },
    "semiconductors": {
        "junior": ["Process Engineer", "Device Engineer", "Test Engineer"],
        "senior": ["Senior Process Integration Engineer", "R&D Manager", "Principal Scientist"],
        "executive": ["VP Technology", "Director, Advanced Packaging"],
    },
    "supercomputing": {
        "junior": ["HPC Engineer", "System Administrator", "Research Software Engineer"],
        "senior": ["Senior HPC Architect", "Head of Operations"],
        "executive": ["Director, Supercomputing Centre"],
    },
    "health": {
        "junior": ["Postdoctoral Researcher", "Clinical Research Associate"],
        "senior": ["Senior Virologist", "Principal Investigator", "Head of Unit"],
        "executive": ["Scientific Director", "Chief Medical Officer"],
    },
    "green-energy": {
        "junior": ["Energy Analyst", "Project Engineer"],
        "senior": ["Senior Policy Officer", "Lead Engineer, Hydrogen"],
        "executive": ["Director, Energy Transition"],
    },
    "defence": {
        "junior": ["Systems Engineer", "Programme Officer"],
        "senior": ["Senior Programme Manager", "Chief Engineer"],
        "executive": ["Head of Strategy", "Deputy Director of Programmes"],
    },
    "economy-finance": {
        "junior": ["Policy Analyst", "Attaché"],
        "senior": ["Head of Desk, Trade Policy", "Senior Economist", "Deputy Head of Unit"],
        "executive": ["Director General", "Chief of Staff"],
    },
    "ai": {
        "junior": ["PhD Student", "Research Engineer", "Machine Learning Engineer"],
        "senior": ["Research Scientist", "Associate Professor", "Team Lead"],
        "executive": ["Research Director", "Head of AI Lab"],
    },
    "public-administration": {
        "junior": ["Chargé de mission", "Project Officer"],
        "senior": ["Chef de bureau", "Senior Advisor"],
        "executive": ["Sous-directeur", "Director"],
    },
}

# Real organisations whose genuine staff exist in the world; some fake personas claim them.
REAL_COVER = {
    "consultancy": ["Roland Berger", "Deloitte", "Oliver Wyman", "Capgemini Invent", "Arthur D. Little"],
    "think-tank": ["Chatham House", "Ifri", "Bruegel", "SWP Berlin", "IISS"],
    "recruiter": ["Michael Page", "Korn Ferry", "Hays", "Robert Walters"],
}
AGENCIES = [
    "Michael Page",
    "Hays",
    "Korn Ferry",
    "Robert Walters",
    "Spencer Stuart",
    "Kienbaum",
    "Egon Zehnder",
    "Altitude Search Partners",
    "Hunt & Field",
]
INHOUSE_FOREIGN = [
    ("Huawei Technologies", "CN"),
    ("TSMC", "SG"),
    ("Samsung Semiconductor", "KR"),
    ("ByteDance", "SG"),
    ("Masdar", "AE"),
    ("Emirates Nuclear Energy Corporation", "AE"),
]
EXPERT_NETWORKS = ["GLG", "AlphaSights", "Guidepoint", "Third Bridge", "Atheneum", "Coleman Research"]
UNIVERSITIES = {
    "FR": [
        "Université Paris-Saclay",
        "Sorbonne Université",
        "École polytechnique",
        "Grenoble INP",
        "Sciences Po",
    ],
    "DE": ["RWTH Aachen", "KIT", "TU Dresden", "Universität Heidelberg", "LMU München"],
    "GB": [
        "University of Cambridge",
        "Imperial College London",
        "University of Oxford",
        "LSE",
        "King's College London",
    ],
    "US": ["MIT", "Stanford University", "Georgetown University", "University of Michigan"],
    "CN": [
        "Tsinghua University",
        "Peking University",
        "Shanghai Jiao Tong University",
        "Harbin Institute of Technology",
    ],
    "RU": ["Lomonosov Moscow State University", "MEPhI", "Bauman Moscow State Technical University"],
    "IR": ["Sharif University of Technology", "University of Tehran"],
    "TR": ["Boğaziçi University", "METU"],
    "AE": ["Khalifa University", "NYU Abu Dhabi"],
    "HK": ["HKUST", "University of Hong Kong"],
    "SG": ["National University of Singapore", "Nanyang Technological University"],
    "IL": ["Technion", "Weizmann Institute of Science", "Tel Aviv University"],
    "IN": ["IIT Bombay", "IISc Bangalore", "IIT Delhi"],
    "BE": ["KU Leuven", "Université libre de Bruxelles"],
    "NL": ["TU Delft", "TU Eindhoven"],
    "CH": ["ETH Zürich", "EPFL", "Graduate Institute Geneva"],
}
CONFERENCE_CITIES = [
    "Vienna",
    "Singapore",
    "Dubai",
    "Shanghai",
    "Istanbul",
    "Geneva",
    "Barcelona",
    "Seoul",
    "Doha",
    "Kuala Lumpur",
    "Prague",
    "Hangzhou",
    "Abu Dhabi",
    "Lisbon",
    "Beijing",
    "Moscow",
]
CHANNELS = {
    "WhatsApp": "+{cc} {num}",
    "WeChat": "{handle}",
    "Telegram": "@{handle}",
    "Signal": "+{cc} {num}",
    "email": "{handle}@{mail}",
}
FREEMAIL = ["gmail.com", "outlook.com", "163.com", "proton.me", "yahoo.com", "qq.com", "mail.ru", "yandex.ru"]

# --------------------------------------------------------------------------------------------
# Text composition. Every message is assembled from independently chosen parts; each part
# carries the categories it expresses, so categories are ground truth, not a regex afterwards.
# --------------------------------------------------------------------------------------------

CURRENCIES = [("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("CHF ", "CHF")]


class Msg:
    """A message under construction: text parts plus the categories they carry."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.cats: list[str] = []

    def add(self, options: list[str] | str, cat: str | None = None, **slots: str) -> Msg:
        text = options if isinstance(options, str) else self.rng.choice(options)
        self.parts.append(text.format(**slots) if slots else text)
        if cat and cat not in self.cats:
            self.cats.append(cat)
        return self

    def maybe(self, p: float, options: list[str] | str, cat: str | None = None, **slots: str) -> Msg:
        if self.rng.random() < p:
            self.add(options, cat, **slots)
        return self

    def text(self, sep: str | None = None) -> str:
        if sep is None:
            sep = self.rng.choice([" ", " ", "\n\n", "\n"])
        body = sep.join(p for p in self.parts if p)
        body = re.sub(r"\b([Aa]) ([AEIOU])", r"\1n \2", body)
        return re.sub(r"[ \t]+", " ", body).strip()


GREET = {
    "en": [
        "Hi {f},",
        "Hello {f},",
        "Dear {f},",
        "Good morning {f},",
        "Hi {f} -",
        "Dear {f} {l},",
        "{f},",
        "Hello,",
    ],
    "fr": ["Bonjour {f},", "Bonjour,", "Bonjour {f} {l},", "Cher {f},", "Madame, Monsieur,", "Salut {f},"],
    "de": ["Hallo {f},", "Guten Tag,", "Guten Tag {f} {l},", "Hallo {f}!", "Sehr geehrte Damen und Herren,"],
}
SIGN = {
    "en": [
        "Best regards,\n{me}",
        "Best,\n{me}",
        "Kind regards,\n{me}",
        "Thanks,\n{me}",
        "Cheers, {me}",
        "Warm regards,\n{me}",
        "",
        "",
        "Looking forward to hearing from you.\n{me}",
    ],
    "fr": [
        "Bien cordialement,\n{me}",
        "Cordialement,\n{me}",
        "Bonne journée,\n{me}",
        "Belle journée !",
        "",
        "Merci d'avance,\n{me}",
    ],
    "de": ["Viele Grüße\n{me}", "Beste Grüße,\n{me}", "Mit freundlichen Grüßen\n{me}", "", "VG {me}"],
}

# ---- Fake persona funnel ---------------------------------------------------------------------

F_FLATTER = {
    "en": [
        "I came across your work on {topic} and was genuinely impressed.",
        "Your profile stood out: your experience in {topic} is exactly the kind of expertise that is rare to find.",
        "Very impressive background in {topic}!",
        "I read your recent contribution on {topic} - remarkable insight, honestly.",
        "People I trust describe you as one of the leading voices on {topic}.",
        "It is not often one sees such a strong combination of technical depth and policy sense.",
        "Your career at {org} is really inspiring.",
        "You are clearly a renowned expert in {topic}, and I would be honoured to learn from you.",
    ],
    "fr": [
        "J'ai découvert vos travaux sur {topic}, vraiment remarquables.",
        "Votre parcours chez {org} est impressionnant.",
        "On m'a parlé de vous comme d'une référence sur {topic}.",
        "Votre expertise en {sector_fr} est rare et très recherchée.",
    ],
    "de": [
        "Ich bin auf Ihre Arbeit zu {topic} gestoßen - sehr beeindruckend.",
        "Ihr Werdegang bei {org} ist wirklich beeindruckend.",
        "Man hat Sie mir als ausgewiesene Expertin bzw. Experten für {topic} empfohlen.",
        "Ihre Expertise im Bereich {sector_de} ist selten.",
    ],
}
F_CONNECT = {
    "en": [
        "I'd be glad to connect.",
        "Would be great to add you to my network.",
        "Happy to connect and exchange views.",
        "Let's connect!",
        "I hope we can stay in touch.",
        "I am building a network of specialists in {sector}.",
    ],
    "fr": [
        "Je serais ravi(e) d'échanger avec vous.",
        "Au plaisir d'échanger.",
        "Ce serait un plaisir de vous compter dans mon réseau.",
    ],
    "de": ["Ich würde mich über eine Vernetzung freuen.", "Gerne würde ich mich mit Ihnen austauschen."],
}
F_TEASER = {
    "en": [
        "I may have an opportunity that could interest you.",
        "I have something you might find worthwhile.",
        "There is a project I would like to tell you about.",
    ],
    "fr": ["J'aurais peut-être une opportunité à vous présenter."],
    "de": ["Ich hätte eventuell ein interessantes Projekt für Sie."],
}
F_SELF = {
    "en": [
        "I work as {title} at {cover}, where we advise {client} on {topic}.",
        "A quick word about me: I'm {title} with {cover}; we help {client} understand developments in {sector}.",
        "I lead a small team at {cover} that connects {client} with independent experts.",
        "I'm with {cover}. We produce research on {sector} for {client}.",
        "My role at {cover} is to find top experts for {client}.",
    ],
    "fr": [
        "Je suis {title} chez {cover} ; nous conseillons {client} sur les questions de {sector_fr}.",
        "Je travaille pour {cover}, un cabinet qui accompagne {client}.",
    ],
    "de": [
        "Ich bin {title} bei {cover} und berate {client} zu Fragen rund um {sector_de}.",
        "Ich arbeite für {cover}; wir unterstützen {client} bei Analysen zu {topic}.",
    ],
}
F_THANKS = {
    "en": [
        "Thanks for accepting my invitation.",
        "Thank you for connecting!",
        "Great to be connected.",
        "Thank you for accepting, I really appreciate it.",
    ],
    "fr": ["Merci d'avoir accepté mon invitation.", "Merci pour la mise en relation !"],
    "de": ["Danke für die Annahme meiner Kontaktanfrage.", "Vielen Dank fürs Vernetzen!"],
}
F_SOFT_ASK = {
    "en": [
        "I would really value your perspective on a few questions.",
        "Would you be open to a short exchange?",
        "Could I ask your opinion on something we are working on?",
    ],
    "fr": [
        "J'aimerais beaucoup avoir votre avis sur quelques questions.",
        "Seriez-vous ouvert(e) à un court échange ?",
    ],
    "de": [
        "Ich würde gern Ihre Einschätzung zu einigen Fragen hören.",
        "Hätten Sie Zeit für einen kurzen Austausch?",
    ],
}
F_REPORT = {
    "en": [
        "Our client would like a short paper (3-5 pages) on {topic}{fee}.",
        "We are looking for an expert to write a brief analysis of {topic} for {client}{fee}.",
        "Would you consider preparing a short note on {topic}? Nothing that touches your employer's confidential work{fee}.",
        "We commission occasional reports on {topic}{fee}.",
    ],
    "fr": [
        "Notre client souhaiterait une courte note (3 à 5 pages) sur {topic}{fee}.",
        "Nous recherchons un expert pour rédiger une analyse sur {topic}{fee}.",
    ],
    "de": [
        "Unser Kunde wünscht eine kurze Analyse (3-5 Seiten) zu {topic}{fee}.",
        "Wir suchen eine Expertin oder einen Experten für ein kurzes Papier zu {topic}{fee}.",
    ],
}
F_CONSULT = {
    "en": [
        "We would like to invite you to join our advisory panel on {topic}{fee}.",
        "Our client is looking for an occasional advisor - a few calls a month about {topic}{fee}.",
        "Would you be open to a paid consultancy alongside your current role{fee}?",
    ],
    "fr": ["Nous aimerions vous proposer une mission de conseil ponctuelle sur {topic}{fee}."],
    "de": ["Wir würden Sie gern für eine gelegentliche Beratungstätigkeit zu {topic} gewinnen{fee}."],
}
FEE_EXPLICIT = {
    "en": [
        ", the fee would be {cur}{amt}",
        " - we pay {cur}{amt} per report",
        ", remunerated at {cur}{amt}",
        " for an honorarium of {cur}{amt}",
        ", compensation {cur}{amt} plus expenses",
    ],
    "fr": [", rémunérée {amt} {code}", " ; les honoraires seraient de {amt} {code}"],
    "de": [", vergütet mit {amt} {code}", " - das Honorar beträgt {amt} {code}"],
}
FEE_SUBTLE = {
    "en": [
        " - you would of course be compensated for your time",
        ", and a small token of appreciation would follow",
        " - we would take care of everything on our side",
        ", in a way that makes it worth your while",
    ],
    "fr": [", votre temps serait bien entendu dédommagé", " ; nous prendrions tout en charge"],
    "de": [", Ihr Aufwand würde selbstverständlich honoriert", " - wir würden uns um alles kümmern"],
}
F_TRIP = {
    "en": [
        "We are organising a closed-door expert seminar in {city} in {month} and would love you to join{travel}.",
        "Our foundation would like to invite you to {city} to meet some of our partners{travel}.",
        "There is a small roundtable on {topic} in {city} next {month}{travel}.",
        "We would be delighted to host you in {city} for a few days of exchanges{travel}.",
    ],
    "fr": [
        "Nous organisons un séminaire fermé à {city} en {month} et serions ravis de vous y accueillir{travel}."
    ],
    "de": [
        "Wir organisieren im {month} ein kleines Expertenseminar in {city} und würden Sie gern einladen{travel}."
    ],
}
TRAVEL_EXPLICIT = {
    "en": [
        " - flights (business class), hotel and all expenses covered",
        "; all expenses are paid by our side",
        ", fully funded including a speaker fee",
        " - travel, accommodation and per diem are on us",
    ],
    "fr": [" ; vol, hôtel et frais sont entièrement pris en charge"],
    "de": [" - Flug, Hotel und alle Spesen werden übernommen"],
}
TRAVEL_SUBTLE = {
    "en": [
        " - we would cover everything",
        ", you would be our guest for the whole stay",
        " - don't worry about the logistics, it's all arranged",
    ],
    "fr": [" ; nous nous occupons de tout", ", vous seriez notre invité(e)"],
    "de": [" - um alles Weitere kümmern wir uns", ", Sie wären unser Gast"],
}
F_JOB = {
    "en": [
        "I'm retained on a confidential search for a {role} role with a client in {city}; the package is well above market.",
        "One of our clients, a fast-growing group in {city}, is looking for someone exactly like you to lead {topic}.",
        "I have a senior position on {topic} that has not been advertised. Relocation and a very generous package included.",
    ],
    "fr": [
        "Je mène une recherche confidentielle pour un poste de {role} à {city}, avec une rémunération très au-dessus du marché."
    ],
    "de": [
        "Ich betreue eine vertrauliche Suche für eine Position als {role} in {city} - deutlich über Marktniveau."
    ],
}
F_URGENCY = {
    "en": [
        "Our client needs this before the end of the month.",
        "Seats are limited, so I would need an answer this week.",
        "The timing is tight - could you let me know by Friday?",
        "This is rather urgent on our side.",
    ],
    "fr": ["C'est assez urgent de notre côté.", "J'aurais besoin d'une réponse d'ici vendredi."],
    "de": ["Die Sache ist etwas eilig.", "Könnten Sie mir bis Freitag Bescheid geben?"],
}
F_SECRECY = {
    "en": [
        "Given the sensitivity for our client, I would appreciate if this stayed between us.",
        "No need to involve your employer at this stage - it is a personal arrangement.",
        "Discretion is important to the people I work with.",
        "Please keep this conversation confidential.",
        "It's better not to mention it to colleagues for now.",
    ],
    "fr": [
        "Par discrétion pour notre client, je vous remercie de garder cet échange pour vous.",
        "Inutile d'en parler à votre employeur pour le moment.",
    ],
    "de": [
        "Aus Rücksicht auf unseren Kunden bitte ich um Vertraulichkeit.",
        "Ihr Arbeitgeber muss davon vorerst nichts wissen.",
    ],
}
F_OFFPLATFORM = {
    "en": [
        "It would be easier to continue on {channel}: {handle}",
        "LinkedIn messaging is not very convenient for me - do you use {channel}? Mine is {handle}",
        "Could you give me your personal email? Our system blocks institutional addresses.",
        "Let's continue somewhere more private.",
        "Perhaps we could talk somewhere other than here?",
        "I rarely check this app. Please add me on {channel} ({handle}).",
        "Can we switch to {channel}? {handle}",
    ],
    "fr": [
        "Ce serait plus simple de continuer sur {channel} : {handle}",
        "Pourriez-vous me donner votre adresse e-mail personnelle ?",
        "Continuons plutôt ailleurs, c'est plus discret.",
    ],
    "de": [
        "Können wir auf {channel} weitermachen? {handle}",
        "Hätten Sie eine private E-Mail-Adresse für mich?",
        "Lassen Sie uns lieber woanders weiterschreiben.",
    ],
}
F_OFF_EMAIL = {
    "en": [
        "It would be easier to continue by email: {handle}",
        "Could you write to my personal address, {handle}? I rarely check LinkedIn.",
        "Could you give me your personal email? Our system blocks institutional addresses.",
        "Let's continue somewhere more private - my email is {handle}",
    ],
    "fr": [
        "Pouvez-vous m'écrire directement à {handle} ?",
        "Pourriez-vous me donner votre adresse e-mail personnelle ?",
    ],
    "de": [
        "Schreiben Sie mir am besten direkt an {handle}.",
        "Hätten Sie eine private E-Mail-Adresse für mich?",
    ],
}
F_INFO = {
    "en": [
        "To prepare the brief, could you share {ask}?",
        "Our client is particularly interested in {ask}.",
        "Could you send me your updated CV, with the projects you have worked on and your clearance level?",
        "Do you know who else in your team works on {topic}? Names would help.",
        "Even an internal draft on {ask2} would help; it won't leave our team.",
        "Just a few details on {ask} would be enough for a first version.",
    ],
    "fr": [
        "Pour préparer la note, pourriez-vous me transmettre {ask} ?",
        "Pourriez-vous m'envoyer votre CV à jour avec vos projets ?",
    ],
    "de": [
        "Könnten Sie mir vorab {ask} schicken?",
        "Könnten Sie mir Ihren aktuellen Lebenslauf mit Ihren Projekten senden?",
    ],
}
F_HANDOFF = {
    "en": [
        "My colleague {prev} passed me your details; I'm handling the client relationship from now on.",
        "{prev} from our team told me a lot about you.",
        "I'm taking over from {prev}, who has moved to another project.",
    ],
    "fr": ["Mon collègue {prev} m'a transmis vos coordonnées ; je prends le relais."],
    "de": ["Mein Kollege {prev} hat mir Ihre Kontaktdaten gegeben; ich übernehme ab jetzt."],
}
F_FOLLOWUP = {
    "en": [
        "Just following up on my previous message.",
        "Did you have a chance to think about it?",
        "Any news? :)",
        "I hope you are well. Just checking in.",
    ],
    "fr": ["Je me permets de vous relancer.", "Avez-vous pu y réfléchir ?"],
    "de": ["Ich wollte kurz nachhaken.", "Konnten Sie schon darüber nachdenken?"],
}
F_COVER = [
    "Thanks for connecting!",
    "Happy new year to you and your family!",
    "Congrats on the new role!",
    "Nice to meet you here.",
    "Hi, hope all is well.",
    "Great post, thanks for sharing.",
]
FAKE_CLIENTS = [
    "a number of Asian clients",
    "clients in the energy sector",
    "an international investment fund",
    "a group of institutional investors",
    "our partners in Asia",
    "a government-linked research foundation",
    "a private client",
    "several corporate clients who prefer to remain discreet",
    "a family office",
    "industrial clients in the Gulf region",
    "our clients",
]
FAKE_CLIENTS_LOCAL = {
    "fr": [
        "plusieurs clients asiatiques",
        "un fonds d'investissement international",
        "des partenaires en Asie",
        "une fondation de recherche",
        "des clients industriels du Golfe",
        "nos clients",
    ],
    "de": [
        "mehrere asiatische Kunden",
        "einen internationalen Investmentfonds",
        "Partner in Asien",
        "eine Forschungsstiftung",
        "Industriekunden aus der Golfregion",
        "unsere Kunden",
    ],
}
FAKE_TITLES = {
    "consultant": [
        "Senior Consultant",
        "Managing Consultant",
        "Partner",
        "Project Manager",
        "Business Development Manager",
    ],
    "think-tank": [
        "Research Fellow",
        "Senior Fellow",
        "Programme Director",
        "Research Coordinator",
        "Visiting Scholar",
    ],
    "headhunter": [
        "Executive Search Consultant",
        "Talent Partner",
        "Head of Executive Search",
        "Senior Recruiter",
    ],
    "business-representative": [
        "Business Development Director",
        "Representative Europe",
        "Investment Manager",
        "Chief Representative Office",
    ],
    "researcher": [
        "Associate Researcher",
        "Postdoctoral Fellow",
        "Assistant Professor",
        "Research Assistant",
    ],
    "conference-organiser": [
        "Conference Director",
        "Programme Manager",
        "Head of Events",
        "Delegate Relations Manager",
    ],
    "expert-broker": ["Expert Network Manager", "Research Associate", "Client Service Associate"],
}

# ---- Replies by the people approached (genuine, never lures) -------------------------------------

R_POSITIVE = {
    "en": [
        "Thanks, that sounds interesting. Who is the client?",
        "Hi, thank you. Happy to hear more.",
        "Thanks for reaching out! What would it involve exactly?",
        "Sounds interesting, tell me more.",
        "Thank you for the kind words. What did you have in mind?",
    ],
    "fr": [
        "Merci, cela m'intéresse. Pouvez-vous m'en dire plus ?",
        "Bonjour, merci pour votre message. De quoi s'agit-il exactement ?",
    ],
    "de": [
        "Danke, klingt interessant. Können Sie mehr erzählen?",
        "Hallo, danke für die Nachricht. Worum genau geht es?",
    ],
}
R_CAUTIOUS = {
    "en": [
        "Could you tell me more about your company? I can't find much about it online.",
        "I would need to check with my employer first.",
        "I can only discuss publicly available information.",
        "Which organisation is the client exactly?",
    ],
    "fr": ["Je dois d'abord en parler à ma hiérarchie.", "Je ne peux parler que d'informations publiques."],
    "de": [
        "Das muss ich erst mit meinem Arbeitgeber abklären.",
        "Ich kann nur über öffentlich zugängliche Informationen sprechen.",
    ],
}
R_DECLINE = {
    "en": [
        "Thanks, but I'm not able to take on outside work.",
        "No thank you.",
        "Not interested, sorry.",
        "I'll pass on this one, thanks.",
    ],
    "fr": ["Merci, mais ce ne sera pas possible.", "Non merci."],
    "de": ["Danke, aber das ist für mich nicht möglich.", "Nein danke."],
}
R_COMPLY_OFF = {
    "en": [
        "Sure, you can reach me at {handle}",
        "OK, added you on {channel}.",
        "My personal email is {handle}",
    ],
    "fr": ["D'accord, voici mon adresse : {handle}", "Ok, je vous ajoute sur {channel}."],
    "de": ["Gern, meine Adresse ist {handle}", "Ok, ich habe Sie auf {channel} hinzugefügt."],
}

# ---- Genuine hard cases ----------------------------------------------------------------------------

REC_OPEN = {
    "en": [
        "I'm currently recruiting a {role} for {client} in {city}.",
        "I'm working on an exciting {role} opportunity in {city}.",
        "We have an opening for a {role} ({city}) and your background looks like a great fit.",
        "I'm hiring for a {role} position, {city} based, hybrid possible.",
        "{client} is building a new team in {city} and I'm looking for a {role}.",
    ],
    "fr": [
        "Je recrute actuellement un(e) {role} pour {client} à {city}.",
        "J'ai une opportunité de {role} à {city} qui pourrait vous intéresser.",
    ],
    "de": [
        "Ich suche aktuell eine/n {role} für {client} in {city}.",
        "Für {client} in {city} besetze ich gerade eine Stelle als {role}.",
    ],
}
REC_CLIENTS = {
    "en": [
        "a leading industrial group",
        "a major European player",
        "a well-funded scale-up",
        "a public research organisation",
        "our client, a tier-1 supplier",
        "a global energy company",
        "my client",
    ],
    "fr": [
        "un grand groupe industriel",
        "une scale-up en forte croissance",
        "un organisme public de recherche",
        "notre client",
    ],
    "de": [
        "einen führenden Industriekonzern",
        "ein schnell wachsendes Scale-up",
        "eine öffentliche Forschungseinrichtung",
        "unseren Kunden",
    ],
}
REC_PLUS = {
    "en": [
        "Competitive salary, relocation support and a strong team.",
        "The package includes relocation and flights for the final interview.",
        "Salary range is {amt}k-{amt2}k {code} plus bonus.",
        "Interviews are fully remote until the last round, which we pay travel for.",
        "Your experience with {topic} caught my eye.",
    ],
    "fr": [
        "Rémunération attractive et télétravail partiel.",
        "Votre expérience sur {topic} a retenu mon attention.",
    ],
    "de": [
        "Attraktives Gehalt und flexible Arbeitszeiten.",
        "Ihre Erfahrung mit {topic} hat mich überzeugt.",
    ],
}
REC_ASK = {
    "en": [
        "Would you be open to a quick chat?",
        "Could you send me your CV?",
        "Are you open to new opportunities at the moment?",
        "Could you share your CV and salary expectations?",
        "Do you know anyone who could be interested?",
    ],
    "fr": ["Seriez-vous ouvert(e) à un échange ?", "Pourriez-vous m'envoyer votre CV ?"],
    "de": ["Wären Sie offen für ein kurzes Gespräch?", "Könnten Sie mir Ihren Lebenslauf schicken?"],
}
REC_OFF = {
    "en": [
        "Feel free to email me at {handle}",
        "Happy to call you - what's the best number?",
        "You can also WhatsApp me on {handle}",
    ],
    "fr": ["Vous pouvez m'écrire à {handle}", "Quel est le meilleur numéro pour vous joindre ?"],
    "de": ["Schreiben Sie mir gern an {handle}", "Unter welcher Nummer erreiche ich Sie am besten?"],
}
REC_URGENT = {
    "en": ["The client wants to move quickly.", "Shortlist closes next week."],
    "fr": ["Le client souhaite avancer vite."],
    "de": ["Der Kunde möchte zügig vorankommen."],
}

EVT_OPEN = {
    "en": [
        "On behalf of the organising committee, I am pleased to invite you to speak at {event} in {city} ({month}).",
        "We would be honoured to have you as a speaker at {event}, {city}, {month}.",
        "I'm putting together the programme for {event} ({city}, {month}) and your work on {topic} would be a perfect fit.",
        "Dear Esteemed Professor, we cordially invite you as Keynote Speaker for {event} in {city}.",
    ],
    "fr": [
        "Au nom du comité d'organisation, j'ai le plaisir de vous inviter à intervenir lors de {event} à {city} ({month})."
    ],
    "de": [
        "Im Namen des Programmkomitees möchte ich Sie herzlich als Sprecher/in zu {event} in {city} ({month}) einladen."
    ],
}
EVT_FLATTER = {
    "en": [
        "Your recent work on {topic} was highly recommended by our advisory board.",
        "Your expertise would be invaluable for our audience.",
    ],
    "fr": ["Vos travaux sur {topic} nous ont été vivement recommandés."],
    "de": ["Ihre Arbeit zu {topic} wurde uns sehr empfohlen."],
}
EVT_TRAVEL = {
    "en": [
        "We cover economy flights and two nights' hotel for all invited speakers.",
        "Travel and accommodation are covered for speakers.",
        "Invited speakers receive a travel grant.",
    ],
    "fr": ["Les frais de déplacement et d'hébergement des intervenants sont pris en charge."],
    "de": ["Reise- und Übernachtungskosten der Vortragenden werden übernommen."],
}
EVT_FEE = {
    "en": ["There is a modest honorarium of {cur}{amt}.", "Keynote speakers receive an honorarium."],
    "fr": ["Une indemnité de {amt} {code} est prévue."],
    "de": ["Es gibt ein Honorar von {amt} {code}."],
}
EVT_ASK = {
    "en": [
        "Could you send a title, short abstract and bio by {month}?",
        "Please confirm your availability at your earliest convenience.",
        "Early-bird registration closes soon.",
        "Could you reply by email to {handle}?",
    ],
    "fr": ["Pourriez-vous nous envoyer un titre et un résumé ?"],
    "de": ["Könnten Sie uns Titel und Abstract senden?"],
}

EXP_OPEN = [
    "I'm reaching out from {net} on behalf of a client, an investment firm researching {topic}.",
    "{net} here - one of our clients would like to speak with an expert on {topic}.",
    "I work at {net}, an expert network. A client is seeking perspectives on {topic}.",
]
EXP_PAY = [
    "It is a paid 60-minute phone consultation, compensated at {cur}{amt}/hour.",
    "We offer {cur}{amt} for a one-hour call.",
    "The call is paid at your usual rate (typically {cur}{amt}/h).",
]
EXP_COMPLY = [
    "You will not be asked to share confidential information or anything that conflicts with your obligations to your employer.",
    "Before the call you'll complete a short compliance tutorial.",
    "",
]
EXP_ASK = [
    "Could you share a good phone number and your availability this week?",
    "Would you have 10 minutes for a quick screening call?",
    "If you're interested, please reply with a few slots.",
]

ACA_MSG = {
    "en": [
        "Would you be willing to review a manuscript on {topic} for our journal?",
        "We are preparing a special issue on {topic}. Would you like to contribute a paper?",
        "I'm organising a workshop on {topic} at {uni} and would love you to give a talk; we can cover your travel.",
        "Would you be interested in co-authoring a review on {topic}? I can share the draft outline.",
        "We have funding for a short visiting position at {uni} ({city}), travel and housing included. Interested?",
        "Could you send me the dataset from your last paper? I'd like to reproduce Fig. 3.",
        "Great talk yesterday! Could you share the slides?",
    ],
    "fr": [
        "Accepteriez-vous d'évaluer un article sur {topic} ?",
        "J'organise un atelier sur {topic} à {uni}, vos frais seraient pris en charge.",
    ],
    "de": [
        "Hätten Sie Interesse, ein Manuskript zu {topic} zu begutachten?",
        "Wir organisieren einen Workshop zu {topic} an der {uni}.",
    ],
}
ACA_CATS = [
    ["information-request"],
    ["paid-work"],
    ["event-invitation", "paid-travel"],
    [],
    ["paid-travel", "job-offer"],
    ["information-request"],
    ["information-request", "flattery"],
]

JOUR_MSG = [
    "I'm a reporter at {outlet} working on a piece about {topic}. Could I ask you a few questions?",
    "I'm writing about {topic} for {outlet}. Happy to keep your name out of it if you prefer.",
    "Would you be willing to comment on background for a story on {topic}? I'm on Signal at {handle}.",
    "I'm researching {topic} for {outlet}, deadline is Thursday - do you have 15 minutes for a call?",
]
JOUR_CATS = [
    ["information-request"],
    ["information-request", "secrecy"],
    ["information-request", "secrecy", "off-platform"],
    ["information-request", "urgency"],
]
OUTLETS = [
    "Le Monde",
    "Les Echos",
    "Handelsblatt",
    "Der Spiegel",
    "Financial Times",
    "Reuters",
    "Politico Europe",
    "Nature News",
    "L'Usine Nouvelle",
    "EE Times",
    "Science|Business",
    "Süddeutsche Zeitung",
]

SALES_MSG = [
    "Hi {f}, I noticed {org} is investing in {topic}. We help teams like yours cut costs by 30%. Worth a quick call?",
    "Impressive work your team is doing at {org}! Would you be open to a 15-minute demo?",
    "We're hosting a free webinar on {topic} next Tuesday - would love to see you there.",
    "Our early-bird offer ends Friday - can I send you the details?",
    "I'd love to buy you a coffee next time you're in {city} and show you what we built.",
    "Following up on my last note - would a short call next week work?",
    "Can I send you our whitepaper on {topic}? What's your email?",
]
SALES_CATS = [[], ["flattery"], ["event-invitation"], ["urgency"], [], [], ["off-platform"]]
SALES_FIRMS = [
    "Dataiku",
    "Schneider Electric",
    "Palantir",
    "Nutanix",
    "Siemens Digital Industries",
    "Ansys",
    "Dassault Systèmes",
    "Applied Materials",
    "Keysight",
    "Hexagon",
    "SAP",
    "HPE",
    "Atos",
    "OVHcloud",
    "Mistral AI",
    "Aleph Alpha",
]

CHAT_CORE = {
    "en": [
        ("Could you send me the {doc} from {day}?", ["information-request"]),
        ("Congratulations on {news}!", []),
        ("Thanks again for {help}.", []),
        ("Are you going to {event}? Would be nice to catch up there.", []),
        ("Did you see the call on {topic}? Deadline is in {n} weeks, shall we apply together?", ["urgency"]),
        ("Long time no see! How are things at {org}?", []),
        ("Quick question on {topic}: do you have a good reference to recommend?", ["information-request"]),
        ("Can we move our call to {day2}? Something came up.", []),
        ("Just saw the news about {topic}, great for the team.", []),
        ("Happy new year! Let's catch up soon.", []),
        ("Sorry for the late reply, {excuse}.", []),
        ("I have a great student finishing in {month}, are you still hiring?", []),
        ("Could you have a look at our {doc} before we submit?", []),
        ("Let's grab lunch next time you're in {city}.", []),
        (
            "Do you know someone who works on {topic}? We need a partner for a joint grant.",
            ["information-request"],
        ),
        ("Thanks for the intro to {name}, very useful.", []),
        ("Easier to talk on {channel}? {handle}", ["off-platform"]),
        ("The file is too big for here, I'll send it to your email.", ["off-platform"]),
        ("Call me on WhatsApp when you have a minute.", ["off-platform"]),
    ],
    "fr": [
        ("Tu as le {doc_fr} de {day_fr} ?", ["information-request"]),
        ("Félicitations pour {news_fr} !", []),
        ("On se fait un déjeuner la semaine prochaine ?", []),
        ("Merci encore pour ton aide sur le dossier.", []),
        ("Je t'envoie ça sur WhatsApp, c'est plus simple.", ["off-platform"]),
        ("Tu seras à {event} ? On pourrait se voir.", []),
        ("Désolé(e) pour le retard, {excuse_fr}.", []),
        ("Tu connais quelqu'un qui travaille sur {topic} ?", ["information-request"]),
        ("On décale notre point à {day2_fr} ?", []),
    ],
    "de": [
        ("Hast du noch die {doc_de} vom {day_de}?", ["information-request"]),
        ("Herzlichen Glückwunsch zur neuen Stelle!", []),
        ("Lass uns nächste Woche telefonieren.", []),
        ("Schick mir das lieber per Mail an {handle}.", ["off-platform"]),
        ("Bist du auch bei {event}? Dann trinken wir einen Kaffee.", []),
        ("Sorry für die späte Antwort, {excuse_de}.", []),
        ("Kennst du jemanden, der zu {topic} arbeitet?", ["information-request"]),
        ("Danke nochmal für die Unterstützung beim Antrag.", []),
    ],
}
CHAT_ABROAD = [
    (
        "Our institute could cover your travel if you came to give a seminar {when}.",
        ["paid-travel", "event-invitation"],
    ),
    (
        "We have a small budget for visiting researchers, {n} weeks in {city}, all costs covered. Interested?",
        ["paid-travel"],
    ),
    ("I'll be in {city} in {month} for {event}, coffee?", []),
    ("Let's continue on {channel}, LinkedIn is blocked here half of the time. {handle}", ["off-platform"]),
    ("Could you send me your latest paper on {topic}? I can't access it from here.", ["information-request"]),
    ("My student will visit Europe in {month}, could she stop by your lab?", []),
]
CHAT_FILL = {
    "doc": [
        "slides",
        "minutes",
        "draft report",
        "latest figures",
        "budget table",
        "proposal draft",
        "meeting notes",
    ],
    "day": ["Tuesday", "last week", "the steering committee", "yesterday's meeting", "the workshop"],
    "day2": ["Thursday", "next week", "Monday afternoon", "Friday morning"],
    "news": ["the new position", "your promotion", "the grant", "the paper", "the award", "the new baby"],
    "help": [
        "your help with the proposal",
        "the introduction",
        "the feedback on the draft",
        "hosting us last week",
    ],
    "excuse": ["crazy weeks here", "I was travelling", "I was on leave", "deadline madness"],
    "when": ["in the spring", "next autumn", "whenever suits you", "in {month}"],
    "doc_fr": ["compte rendu", "support", "tableau", "projet de note"],
    "day_fr": ["jeudi", "la réunion de lundi", "la semaine dernière"],
    "day2_fr": ["jeudi", "la semaine prochaine", "lundi"],
    "news_fr": ["ta nomination", "ton nouveau poste", "le financement", "la publication"],
    "excuse_fr": ["grosse période", "j'étais en congés", "j'étais en déplacement"],
    "doc_de": ["Folien", "Protokoll", "Zahlen", "Entwurf"],
    "day_de": ["Workshop", "Dienstag", "letzten Treffen"],
    "excuse_de": ["viel los gerade", "ich war im Urlaub", "ich war auf Dienstreise"],
}
CHAT_HELLO = {
    "en": ["Hi {f},", "{f},", "Hey {f}!", "", "", "Hello {f},"],
    "fr": ["Salut {f},", "Bonjour {f},", "", "Coucou,"],
    "de": ["Hallo {f},", "Hi {f},", "", "Servus {f},"],
}
CHAT_BYE = {
    "en": ["", "", "Cheers", "Thanks!", ":)", "Best,"],
    "fr": ["", "", "Merci !", "Bises", "À bientôt"],
    "de": ["", "", "Danke!", "VG", "Bis bald"],
}
INVITE_NOTES = {
    "en": [
        "Great meeting you at the {event}!",
        "Hi {f}, we met at the workshop last week - let's stay in touch.",
        "Hi {f}, I'd like to add you to my professional network.",
        "Following our call, happy to connect.",
        "Hi {f}, fellow {sector} person here, would be glad to connect.",
    ],
    "fr": [
        "Ravi(e) de vous avoir rencontré(e) à {event} !",
        "Bonjour {f}, suite à notre échange, restons en contact.",
    ],
    "de": [
        "Schön, Sie bei {event} kennengelernt zu haben!",
        "Hallo {f}, gerne möchte ich mich mit Ihnen vernetzen.",
    ],
}
EVENT_WORDS = ["Summit", "Forum", "Conference", "Symposium", "Congress", "Days", "Week", "Expo"]
EVENT_PREFIX = [
    "International",
    "European",
    "World",
    "Global",
    "Asia-Pacific",
    "Euro-Mediterranean",
    "Annual",
]


def clumsify(text: str, rng: random.Random, strength: int) -> str:
    """Non-native or careless writing: the kind of errors a hurried operator or a busy person makes."""
    subs = [
        ("would like to", "would like"),
        ("interested in", "interested for"),
        ("information", "informations"),
        ("discuss", "discuss about"),
        ("I hope you are well", "Hope you are doing good"),
        ("advice", "advices"),
        ("Could you", "Can you kindly"),
        ("the ", ""),
        ("Dear ", "Dear Sir "),
        (" a ", " "),
        ("I am", "I'm am"),
        ("opportunity", "oportunity"),
        ("really", "very very"),
        (".", " ."),
        ("'", "`"),
        ("é", "e"),
        ("ü", "u"),
        ("Thanks", "Thank"),
        ("your", "you"),
        ("experience", "experiences"),
    ]
    for _ in range(strength):
        a, b = rng.choice(subs)
        if a in text:
            idx = [m.start() for m in re.finditer(re.escape(a), text)]
            i = rng.choice(idx)
            text = text[:i] + b + text[i + len(a) :]
    if strength >= 2 and rng.random() < 0.3:
        text = text.replace("!", "!!")
    return text


# --------------------------------------------------------------------------------------------
# The world
# --------------------------------------------------------------------------------------------

ISO = "%Y-%m-%dT%H:%M:%SZ"
LURE_THEMES = {
    "paid-travel",
    "paid-work",
    "flattery",
    "off-platform",
    "information-request",
    "secrecy",
    "job-offer",
    "event-invitation",
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}
GENERIC_EMPLOYERS = [
    "Airbus",
    "EDF",
    "Engie",
    "TotalEnergies",
    "Bosch",
    "SAP",
    "Capgemini",
    "Sopra Steria",
    "BNP Paribas",
    "Société Générale",
    "Deutsche Bank",
    "Allianz",
    "Accenture",
    "Renault Group",
    "Safran",
    "Thales",
    "Schneider Electric",
    "Siemens",
    "BASF",
    "Sanofi",
    "Bayer",
    "L'Oréal",
    "Orange",
    "Deutsche Telekom",
    "ASML",
    "Philips",
    "Nokia",
    "Ericsson",
    "freelance",
    "Self-employed",
]
ORDINARY_TITLES = [
    "Software Engineer",
    "Project Manager",
    "Data Scientist",
    "Financial Analyst",
    "Product Owner",
    "Mechanical Engineer",
    "HR Business Partner",
    "Sales Manager",
    "Legal Counsel",
    "Procurement Officer",
    "Marketing Manager",
    "Operations Director",
    "Quality Engineer",
    "Consultant",
    "Student",
    "Intern",
    "Communication Officer",
    "Head of Finance",
    "Lab Technician",
    "Architect",
    "Teacher",
]
INVENTED_A = [
    "Global",
    "Euro-Asian",
    "Strategic",
    "Horizon",
    "Meridian",
    "Pacific",
    "Atlantic",
    "Silk Road",
    "Continental",
    "Apex",
    "Summit",
    "Vanguard",
    "Keystone",
    "Bridgewater",
    "Orient",
    "Northstar",
    "Crescent",
    "Ascend",
]
INVENTED_B = [
    "Policy",
    "Strategy",
    "Advisory",
    "Insight",
    "Research",
    "Development",
    "Exchange",
    "Innovation",
    "Futures",
    "Dialogue",
    "Energy",
    "Technology",
]
INVENTED_C = [
    "Institute",
    "Forum",
    "Partners",
    "Group",
    "Consulting",
    "Foundation",
    "Center",
    "Council",
    "Associates",
    "Capital",
    "Network",
    "Ltd",
]
FAKE_PREV_ORGS = [
    "United Nations",
    "World Bank",
    "Goldman Sachs",
    "McKinsey & Company",
    "European Commission",
    "OECD",
    "HSBC",
    "PwC",
    "KPMG",
    "Ministry of Commerce",
    "Freelance",
]
FAKE_SCHOOLS = [
    "London School of Economics",
    "Sciences Po",
    "Tsinghua University",
    "University of Cambridge",
    "Columbia University",
    "National University of Singapore",
    "Peking University",
    "HEC Paris",
    "INSEAD",
    "Georgetown University",
    "MGIMO",
    "King's College London",
]
FAKE_SKILLS = [
    "Strategy",
    "International Relations",
    "Business Development",
    "Consulting",
    "Geopolitics",
    "Energy",
    "Networking",
    "Market Research",
    "Policy Analysis",
    "Investment",
    "Talent Acquisition",
    "Executive Search",
    "Public Affairs",
    "Research",
    "Management",
]
PERSONA_TYPES = [
    "consultant",
    "think-tank",
    "headhunter",
    "business-representative",
    "researcher",
    "conference-organiser",
    "expert-broker",
]
PERSONA_W = [0.26, 0.2, 0.18, 0.14, 0.1, 0.07, 0.05]
COVER_KIND = {
    "consultant": "consultancy",
    "business-representative": "consultancy",
    "expert-broker": "consultancy",
    "think-tank": "think-tank",
    "researcher": "think-tank",
    "headhunter": "recruiter",
    "conference-organiser": "think-tank",
}
OFFERS = ["report", "consult", "trip", "conference", "job"]
PERSONA_OFFERS = {
    "consultant": [4, 3, 1, 1, 0],
    "think-tank": [3, 1, 3, 3, 0],
    "headhunter": [0, 1, 1, 0, 6],
    "business-representative": [1, 3, 3, 1, 1],
    "researcher": [3, 1, 2, 3, 0],
    "conference-organiser": [0, 0, 3, 6, 0],
    "expert-broker": [2, 6, 0, 0, 0],
}


def slugify(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def flip_bits(phash: str, k: int, rng: random.Random) -> str:
    v = int(phash, 16)
    for b in rng.sample(range(64), k):
        v ^= 1 << b
    return f"{v:016x}"


class World:
    def __init__(self, seed: int, n_accounts: int) -> None:
        if n_accounts < 150:
            raise SystemExit("--accounts must be at least 150")
        self.rng = random.Random(seed)
        self.n = n_accounts
        r = self.rng
        self.t0 = datetime(r.choice([2022, 2023, 2024]), r.randint(1, 12), r.randint(1, 28), tzinfo=UTC)
        self.span_months = r.randint(6, 18)
        self.t1 = self.t0 + timedelta(days=round(self.span_months * 30.44))
        self.acc: dict[str, dict] = {}
        self.meta: dict[str, dict] = {}
        self.inter: list[dict] = []
        self.msg_labels: list[dict] = []
        self.members: list[dict] = []
        self.used: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.threads: dict[tuple[str, str], str] = {}
        self.by_persona: dict[str, list[str]] = {}
        self.by_org: dict[str, list[str]] = {}
        self.by_sector: dict[str, list[str]] = {}
        self.campaigns: list[dict] = []

    # ---- small helpers ------------------------------------------------------------------------
    def hexid(self, k: int) -> str:
        return f"{self.rng.getrandbits(4 * k):0{k}x}"

    def new_id(self, first: str, last: str) -> str:
        while True:
            if self.rng.random() < 0.82:
                aid = f"{slugify(first)}-{slugify(last)}-{self.hexid(self.rng.choice([6, 8]))}"
            else:
                aid = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
            if aid not in self.used:
                self.used.add(aid)
                return aid

    def new_iid(self, prefix: str) -> str:
        while True:
            x = f"{prefix}{self.hexid(14)}"
            if x not in self.used:
                self.used.add(x)
                return x

    def rand_time(self, a: datetime, b: datetime) -> datetime:
        if b <= a:
            return a
        return a + timedelta(seconds=self.rng.uniform(0, (b - a).total_seconds()))

    def worktime(self, t: datetime, tz: float, strict: bool = True) -> datetime:
        """Move t to a plausible working hour in the actor's time zone."""
        r = self.rng
        if not strict and r.random() < 0.2:
            return t
        off = timedelta(hours=tz)
        loc = t + off
        if loc.weekday() >= 5 and r.random() < 0.85:
            loc = loc + timedelta(days=7 - loc.weekday())
        if loc.hour < 8 or loc.hour >= 19:
            if loc.hour >= 19:
                loc = loc + timedelta(days=1)
            loc = loc.replace(hour=r.randint(8, 18), minute=r.randint(0, 59), second=r.randint(0, 59))
        return loc - off

    def name(self, culture: str) -> tuple[str, str]:
        firsts, lasts = NAMES[culture]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def lang_for(self, aid: str, p_local: float) -> str:
        c = self.meta[aid]["culture"]
        if c in ("fr", "de") and self.rng.random() < p_local:
            return c
        return "en"

    def thread(self, a: str, b: str) -> str:
        key = (a, b) if a < b else (b, a)
        if key not in self.threads:
            self.threads[key] = self.new_iid("th-")
        return self.threads[key]

    def slots(self, sender: str, to: str, lang: str = "en") -> dict[str, str]:
        r = self.rng
        mt, ms = self.meta[to], self.meta[sender]
        sector = mt.get("sector") or r.choice(list(SECTOR_TOPICS))
        cur, code = r.choice(CURRENCIES)
        city = r.choice(CONFERENCE_CITIES)
        month = MONTHS[lang][r.randrange(12)]
        return {
            "f": mt["first"],
            "l": mt["last"],
            "me": ms["first"],
            "topic": r.choice(SECTOR_TOPICS[sector]),
            "sector": SECTOR_EN[sector],
            "sector_fr": SECTOR_FR[sector],
            "sector_de": SECTOR_DE[sector],
            "org": mt.get("org") or "your organisation",
            "city": city,
            "month": month,
            "cur": cur,
            "code": code,
            "amt": f"{r.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000]):,}",
            "ask": r.choice(SECTOR_ASKS[sector]),
            "ask2": r.choice(SECTOR_ASKS[sector]),
        }

    def handle(self, aid: str, channel: str) -> str:
        r, m = self.rng, self.meta[aid]
        cc = {
            "CN": "86",
            "HK": "852",
            "SG": "65",
            "RU": "7",
            "AE": "971",
            "GB": "44",
            "US": "1",
            "FR": "33",
            "DE": "49",
            "TR": "90",
            "IR": "98",
            "IN": "91",
            "IL": "972",
            "CH": "41",
            "BE": "32",
        }.get(m["country"], "44")
        if m["fake"] and r.random() < 0.3:  # the operator's own number, not the claimed country's
            cc = {8: "86", 3: "7", 3.5: "98", 4: "971", 5.5: "91", 1: "33", 0: "44"}.get(m["tz"], cc)
        base = slugify(m["first"] + "." + m["last"]).replace("-", ".")
        h = r.choice(
            [
                base,
                base + str(r.randint(1, 99)),
                slugify(m["first"]) + str(r.randint(100, 9999)),
                base.replace(".", "_"),
            ]
        )
        num = f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        mail = m.get("mail") or r.choice(FREEMAIL)
        return CHANNELS[channel].format(cc=cc, num=num, handle=h, mail=mail)

    # ---- emitting events ----------------------------------------------------------------------
    def emit(
        self,
        typ: str,
        frm: str,
        to: str,
        at: datetime,
        text: str | None = None,
        cats: list[str] | None = None,
        thread: bool = True,
    ) -> datetime | None:
        lo = max(self.meta[frm]["created"], self.meta[to]["created"], self.t0) + timedelta(hours=1)
        if at < lo:
            at = lo + timedelta(hours=self.rng.uniform(1, 96))
        if at >= self.t1:
            return None
        at = at.replace(microsecond=0)
        ev: dict = {"id": self.new_iid("ev-"), "type": typ, "from": frm, "to": to, "at": at.strftime(ISO)}
        if text:
            ev["text"] = text
        if typ == "message" and thread:
            ev["thread"] = self.thread(frm, to)
        self.inter.append(ev)
        if typ in ("invitation", "message") and text:
            cats = sorted(set(cats or []))
            fake = self.meta[frm]["fake"] and not self.meta[to]["fake"]
            self.msg_labels.append(
                {
                    "interaction_id": ev["id"],
                    "lure": bool(fake and LURE_THEMES.intersection(cats)),
                    "categories": cats,
                    "_at": ev["at"],
                }
            )
        if typ == "connection":
            self.pairs.add((frm, to) if frm < to else (to, frm))
            self.meta[frm]["nconn"] += 1
            self.meta[to]["nconn"] += 1
        return at

    def connected(self, a: str, b: str) -> bool:
        return ((a, b) if a < b else (b, a)) in self.pairs

    # ---- accounts -----------------------------------------------------------------------------
    def register(
        self,
        first: str,
        last: str,
        country: str,
        culture: str,
        created: datetime,
        fake: bool,
        persona: str,
        campaign: str | None,
        org: str | None,
        sector: str | None,
        tz: float,
        profile: dict,
    ) -> str:
        aid = self.new_id(first, last)
        acc = {"id": aid, "name": f"{first} {last}"}
        acc.update({k: v for k, v in profile.items() if v is not None})
        acc["created_at"] = created.strftime("%Y-%m-%d")
        acc["profile_url"] = f"https://www.linkedin.com/in/{aid}"
        self.acc[aid] = acc
        self.meta[aid] = {
            "first": first,
            "last": last,
            "country": country,
            "culture": culture,
            "created": created,
            "fake": fake,
            "persona": persona,
            "campaign": campaign,
            "org": org,
            "sector": sector,
            "tz": tz,
            "nconn": 0,
            "base_conn": 0,
            "followers_mult": 1.0,
        }
        self.by_persona.setdefault(persona, []).append(aid)
        if org:
            self.by_org.setdefault(org, []).append(aid)
        if sector:
            self.by_sector.setdefault(sector, []).append(aid)
        return aid

    def photo(self) -> dict:
        return {"sha256": self.hexid(64), "phash": self.hexid(16)}

    def pick_country(self) -> str:
        keys = list(COUNTRIES)
        return self.rng.choices(keys, weights=[COUNTRIES[k]["w"] for k in keys])[0]

    def languages(self, culture: str) -> list[str]:
        native = {
            "fr": "French",
            "de": "German",
            "en": "English",
            "zh": "Chinese",
            "hk": "Cantonese",
            "ru": "Russian",
            "fa": "Persian",
            "tr": "Turkish",
            "ar": "Arabic",
            "in": "Hindi",
            "he": "Hebrew",
            "it": "Italian",
            "es": "Spanish",
            "nl": "Dutch",
            "pl": "Polish",
            "ja": "Japanese",
            "ko": "Korean",
        }[culture]
        langs = [native] if native == "English" else [native, "English"]
        if self.rng.random() < 0.3:
            extra = self.rng.choice(["French", "German", "Spanish", "Chinese", "Italian", "Russian"])
            if extra not in langs:
                langs.append(extra)
        return langs

    def genuine(
        self,
        persona: str,
        *,
        country: str | None = None,
        title: str | None = None,
        org: str | None = None,
        sector: str | None = None,
        new: bool | None = None,
        about: str | None = None,
        photo: dict | None = None,
        base_mult: float = 1.0,
        mail: str | None = None,
    ) -> str:
        r = self.rng
        country = country or self.pick_country()
        culture = COUNTRIES[country]["culture"]
        first, last = self.name(culture)
        new = (r.random() < 0.17) if new is None else new
        if new:
            created = self.rand_time(
                self.t0 - timedelta(days=150), self.t0 + timedelta(days=self.span_months * 15)
            )
        else:
            lo = datetime(2005, 1, 1, tzinfo=UTC)
            hi = self.t0 - timedelta(days=150)
            created = max(self.rand_time(lo, hi), self.rand_time(lo, hi))
        title = title or r.choice(ORDINARY_TITLES)
        org = org or r.choice(GENERIC_EMPLOYERS)
        city = r.choice(COUNTRIES[country]["cities"])
        career0 = created.year - r.randint(0, 14) if not new else self.t0.year - r.randint(0, 20)
        career0 = min(career0, self.t0.year - 1)
        sparse = new and r.random() < 0.6
        positions = []
        if not (sparse and r.random() < 0.5):
            start = r.randint(career0, self.t0.year)
            positions.append(
                {
                    "title": title,
                    "organization": org,
                    "start": f"{start}-{r.randint(1, 12):02d}",
                    "end": None,
                    "location": f"{city}, {country}" if r.random() < 0.9 else city,
                }
            )
            y = start
            for _ in range(0 if sparse else r.randint(0, 3)):
                if y - 1 <= career0:
                    break
                s = r.randint(career0, y - 1)
                positions.append(
                    {
                        "title": r.choice(ORDINARY_TITLES),
                        "organization": r.choice(GENERIC_EMPLOYERS),
                        "start": str(s),
                        "end": str(y),
                    }
                )
                y = s
        education = []
        if not sparse and r.random() < 0.85:
            unis = UNIVERSITIES.get(country) or r.choice(list(UNIVERSITIES.values()))
            education.append(
                {
                    "school": r.choice(unis),
                    "degree": r.choice(
                        ["MSc", "PhD", "Master", "Diplom-Ingenieur", "BSc", "Ingénieur", "MBA"]
                    ),
                    "field": r.choice(
                        [
                            "Physics",
                            "Engineering",
                            "Economics",
                            "Computer Science",
                            "Chemistry",
                            "Law",
                            "Political Science",
                            "Medicine",
                            "Materials Science",
                        ]
                    ),
                    "start": str(career0 - r.randint(2, 5)),
                    "end": str(career0),
                }
            )
        hl = r.random()
        if hl < 0.5:
            headline = f"{title} at {org}"
        elif hl < 0.7 and culture == "fr":
            headline = f"{title} chez {org}"
        elif hl < 0.85:
            headline = f"{title} | {org}"
        elif sector:
            headline = f"{title} | {r.choice(SECTOR_TOPICS[sector]).capitalize()}"
        else:
            headline = title
        if sparse and r.random() < 0.3:
            headline = None
        if about is None and not sparse and r.random() < 0.45:
            topic = r.choice(SECTOR_TOPICS[sector or r.choice(list(SECTOR_TOPICS))])
            about = r.choice(
                [
                    f"Working on {topic}.",
                    f"{title} with {r.randint(3, 25)} years of experience.",
                    f"Interested in {topic}, open source and good coffee.",
                    f"Passionné par {topic}."
                    if culture == "fr"
                    else f"Focus on {topic} and team leadership.",
                ]
            )
        if photo is None and r.random() < (0.4 if new else 0.8):
            photo = self.photo()
        skills = r.sample(SECTOR_TOPICS[sector], k=min(3, len(SECTOR_TOPICS[sector]))) if sector else []
        if persona in (
            "consultant",
            "policy-researcher",
            "recruiter",
            "sales",
            "expert-network",
            "event-organiser",
        ):
            skills += r.sample(FAKE_SKILLS, k=r.randint(1, 4))
        if not sparse:
            skills += r.sample(
                [
                    "Project Management",
                    "Leadership",
                    "Python",
                    "Research",
                    "Negotiation",
                    "Public Policy",
                    "Data Analysis",
                    "Teamwork",
                    "Strategy",
                ],
                k=r.randint(1, 4),
            )
        profile = {
            "headline": headline,
            "about": about,
            "location": f"{city}, {country}" if r.random() < 0.85 else city,
            "country": country if r.random() < 0.93 else None,
            "verified": r.random() < (0.08 if new else 0.3),
            "photo": photo,
            "positions": positions or None,
            "education": education or None,
            "skills": skills or None,
            "languages": self.languages(culture) if not sparse else None,
        }
        aid = self.register(
            first,
            last,
            country,
            culture,
            created,
            False,
            persona,
            None,
            org,
            sector,
            COUNTRIES[country]["tz"],
            profile,
        )
        years = max(0.0, (self.t0 - created).days / 365)
        m = self.meta[aid]
        m["base_conn"] = (
            int((years * r.uniform(12, 70) + r.randint(0, 40)) * base_mult) if not new else r.randint(0, 45)
        )
        m["title"] = title
        if mail:
            m["mail"] = mail
        return aid

    # ---- population ---------------------------------------------------------------------------
    def build_population(self) -> None:
        r = self.rng
        n = self.n
        self.n_fake = max(6, round(n * 0.025))
        n_members = round(n * 0.2)
        n_rest = n - self.n_fake - n_members
        orgs = MEMBER_ORGS if n >= 1000 else r.sample(MEMBER_ORGS, 10)
        org_w = [r.uniform(0.5, 3) for _ in orgs]
        for _ in range(n_members):
            name, country, itype, sector = r.choices(orgs, weights=org_w)[0]
            seniority = r.choices(["junior", "senior", "executive"], weights=[0.45, 0.43, 0.12])[0]
            role = r.choice(MEMBER_ROLES[sector][seniority])
            home = country if r.random() < 0.85 else self.pick_country()
            aid = self.genuine(
                "member",
                country=home,
                title=role,
                org=name,
                sector=sector,
                base_mult=1.6 if seniority == "executive" else 1.0,
            )
            self.meta[aid]["member"] = True
            self.members.append(
                {
                    "account_id": aid,
                    "organization": name,
                    "institution_type": itype,
                    "sector": sector,
                    "role": role,
                    "seniority": seniority,
                }
            )
        self.member_ids = [m["account_id"] for m in self.members]
        mix = [
            ("ordinary", 0.38),
            ("academic", 0.13),
            ("recruiter", 0.1),
            ("colleague-abroad", 0.08),
            ("sales", 0.07),
            ("event-organiser", 0.05),
            ("consultant", 0.05),
            ("policy-researcher", 0.04),
            ("expert-network", 0.04),
            ("journalist", 0.03),
            ("contractor", 0.03),
        ]
        counts = {p: int(n_rest * w) for p, w in mix}
        counts["ordinary"] += n_rest - sum(counts.values())
        sectors = list(SECTOR_TOPICS)
        for _ in range(counts["ordinary"]):
            self.genuine("ordinary", sector=r.choice([None, None, *sectors]))
        for _ in range(counts["contractor"]):
            name, country, _t, sector = r.choice(orgs)
            self.genuine(
                "ordinary",
                country=country,
                org=name,
                sector=sector,
                title=r.choice(
                    ["Contractor", "Consultant (external)", "Intern", "Former " + r.choice(ORDINARY_TITLES)]
                ),
            )
        for _ in range(counts["academic"]):
            c = r.choice(
                [
                    "FR",
                    "DE",
                    "GB",
                    "US",
                    "CN",
                    "CH",
                    "NL",
                    "BE",
                    "IL",
                    "IN",
                    "IR",
                    "RU",
                    "SG",
                    "HK",
                    "IT",
                    "ES",
                    "TR",
                ]
            )
            s = r.choice(sectors)
            self.genuine(
                "academic",
                country=c,
                sector=s,
                org=r.choice(UNIVERSITIES.get(c, UNIVERSITIES["GB"])),
                title=r.choice(
                    [
                        "Professor",
                        "Associate Professor",
                        "Lecturer",
                        "Postdoc",
                        "PhD Student",
                        "Research Scientist",
                        "Chair Professor",
                    ]
                ),
            )
        for _ in range(counts["colleague-abroad"]):
            c = r.choice(ABROAD)
            s = r.choice(sectors)
            org = r.choice(
                [
                    *UNIVERSITIES.get(c, ["National Laboratory"]),
                    "National Laboratory",
                    "State Grid",
                    "Ministry",
                ]
            )
            self.genuine(
                "colleague-abroad",
                country=c,
                sector=s,
                org=org,
                title=r.choice(
                    ["Professor", "Senior Engineer", "Researcher", "Deputy Director", "Counsellor"]
                ),
            )
        # Recruiters: agencies (shared firm logo, shared templates) and in-house (incl. foreign firms).
        self.firms: dict[str, dict] = {}
        for f in AGENCIES:
            self.firms[f] = {
                "logo": self.photo(),
                "tpl": [self.recruiter_template(f) for _ in range(r.randint(1, 2))],
                "mail": slugify(f).replace("-", "") + ".com",
                "country": r.choice(["FR", "DE", "GB", "CH", "BE"]),
            }
        for f, c in INHOUSE_FOREIGN:
            self.firms[f] = {
                "logo": self.photo(),
                "tpl": [self.recruiter_template(f)],
                "mail": slugify(f).replace("-", "") + ".com",
                "country": c,
            }
        for o in orgs:
            self.firms[o[0]] = {
                "logo": None,
                "tpl": [self.recruiter_template(o[0])],
                "mail": None,
                "country": o[1],
                "sector": o[3],
            }
        firm_names = list(self.firms)
        for _ in range(counts["recruiter"]):
            f = r.choice(firm_names)
            fd = self.firms[f]
            agency = f in AGENCIES
            photo = fd["logo"] if fd["logo"] and r.random() < 0.35 else None
            aid = self.genuine(
                "recruiter",
                country=fd["country"] if r.random() < 0.8 else self.pick_country(),
                org=f,
                sector=fd.get("sector"),
                photo=photo,
                base_mult=4.0,
                mail=fd["mail"],
                title=r.choice(
                    [
                        "Senior Consultant",
                        "Talent Acquisition Partner",
                        "Executive Search Consultant",
                        "Recruitment Manager",
                        "Technical Recruiter",
                        "Headhunter",
                    ]
                    if agency
                    else [
                        "Talent Acquisition Partner",
                        "Technical Recruiter",
                        "HR Recruiter",
                        "Campus Recruiter",
                    ]
                ),
            )
            self.meta[aid]["firm"] = f
            self.meta[aid]["followers_mult"] = r.uniform(2, 8)
        # Event organisers: conferences, some in Asia and the Gulf, some predatory.
        self.events = []
        for _ in range(max(3, counts["event-organiser"] // 2)):
            s = r.choice(sectors)
            name = f"{r.choice(EVENT_PREFIX)} {r.choice(SECTOR_TOPICS[s]).title()} {r.choice(EVENT_WORDS)} {self.t1.year}"
            self.events.append(
                {
                    "name": name,
                    "sector": s,
                    "city": r.choice(CONFERENCE_CITIES),
                    "logo": self.photo(),
                    "predatory": r.random() < 0.25,
                    "travel": r.random() < 0.65,
                }
            )
        for _ in range(counts["event-organiser"]):
            ev = r.choice(self.events)
            aid = self.genuine(
                "event-organiser",
                country=r.choice(["GB", "SG", "AE", "DE", "FR", "CH", "CN", "US", "AT"]),
                org=ev["name"].rsplit(" ", 1)[0],
                sector=ev["sector"],
                photo=ev["logo"] if r.random() < 0.3 else None,
                title=r.choice(
                    [
                        "Conference Producer",
                        "Programme Manager",
                        "Event Manager",
                        "Speaker Relations",
                        "Conference Chair",
                    ]
                ),
                base_mult=2.0,
            )
            self.meta[aid]["event"] = ev
        for _ in range(counts["expert-network"]):
            net = r.choice(EXPERT_NETWORKS)
            aid = self.genuine(
                "expert-network",
                country=r.choice(["GB", "US", "DE", "FR", "SG", "HK", "IN"]),
                org=net,
                title=r.choice(["Associate", "Senior Associate", "Research Associate", "Project Manager"]),
                base_mult=2.0,
                new=r.random() < 0.35,
            )
            self.meta[aid]["net"] = net
        for _ in range(counts["journalist"]):
            self.genuine(
                "journalist",
                country=r.choice(["FR", "DE", "GB", "US", "BE"]),
                org=r.choice(OUTLETS),
                title=r.choice(["Reporter", "Correspondent", "Science Journalist", "Editor"]),
                base_mult=2.5,
            )
        for _ in range(counts["sales"]):
            self.genuine(
                "sales",
                org=r.choice(SALES_FIRMS),
                base_mult=2.5,
                title=r.choice(
                    [
                        "Account Executive",
                        "Business Development Representative",
                        "Sales Director",
                        "Key Account Manager",
                        "Partner Manager",
                    ]
                ),
            )
        for kind, lst in REAL_COVER.items():
            if kind == "recruiter":
                continue
            for org in lst:
                for _ in range(
                    max(1, counts["consultant" if kind == "consultancy" else "policy-researcher"] // len(lst))
                ):
                    self.genuine(
                        "consultant" if kind == "consultancy" else "policy-researcher",
                        country=r.choice(["FR", "DE", "GB", "BE", "US"]),
                        org=org,
                        sector=r.choice(sectors),
                        title=r.choice(
                            ["Consultant", "Senior Consultant", "Manager", "Partner"]
                            if kind == "consultancy"
                            else ["Research Fellow", "Senior Fellow", "Analyst"]
                        ),
                    )
        # top up / trim so that genuine + fakes == n exactly
        genuine_ids = [a for a in self.acc if not self.meta[a]["fake"]]
        target = n - self.n_fake
        while len(genuine_ids) < target:
            genuine_ids.append(self.genuine("ordinary"))
        for aid in genuine_ids[target:]:
            self.drop(aid)

    def drop(self, aid: str) -> None:
        m = self.meta.pop(aid)
        del self.acc[aid]
        for d, k in ((self.by_persona, m["persona"]), (self.by_org, m["org"]), (self.by_sector, m["sector"])):
            if k in d and aid in d[k]:
                d[k].remove(aid)

    def recruiter_template(self, firm: str) -> dict:
        """A firm's shared message template: fixed choice of parts, slots filled per message."""
        r = self.rng
        lang = r.choice(["en", "en", "fr", "de"])
        return {
            "lang": lang,
            "open": r.choice(REC_OPEN[lang]),
            "plus": r.choice(REC_PLUS[lang]),
            "ask": r.choice(REC_ASK[lang]),
            "greet": r.choice(GREET[lang]),
            "sign": r.choice(SIGN[lang]),
        }

    # ---- operations (fake side) -----------------------------------------------------------------
    def plan_campaigns(self) -> None:
        r = self.rng
        total = self.n_fake
        lone = max(1, round(total * r.uniform(0.03, 0.08)))
        small = max(1, round(total * r.uniform(0.1, 0.2)))
        plan: list[tuple[str, int]] = [("lone", 1)] * lone
        sb = small
        while sb > 0:
            s = min(sb, r.randint(1, 3))
            plan.append(("small", s))
            sb -= s
        rest = total - lone - small
        if rest > 0:
            k = max(1, round(rest / r.uniform(16, 32)))
            sizes = [rest // k + (1 if i < rest % k else 0) for i in range(k)]
            for _ in range(3 * k):
                i, j = r.randrange(k), r.randrange(k)
                d = r.randint(0, max(0, min(sizes[i] - 10, 40 - sizes[j])))
                sizes[i] -= d
                sizes[j] += d
            plan += [("large", s) for s in sizes]
        sectors = list(SECTOR_TOPICS)
        span = (self.t1 - self.t0).days
        for kind, size in plan:
            types = r.choices(PERSONA_TYPES, weights=PERSONA_W, k=1)
            if kind == "large":
                types += r.choices(PERSONA_TYPES, weights=PERSONA_W, k=r.randint(0, 2))
            dur = (
                r.randint(max(45, span // 4), max(60, span))
                if kind != "small"
                else r.randint(40, max(50, span // 2))
            )
            start = self.rand_time(self.t0 + timedelta(days=5), self.t1 - timedelta(days=min(dur, span - 10)))
            c = {
                "id": f"cmp-{self.hexid(8)}",
                "kind": kind,
                "size": size,
                "types": types,
                "cover": r.choices(["invented", "real", "none", "mixed"], weights=[0.45, 0.25, 0.18, 0.12])[
                    0
                ],
                "creation": r.choices(
                    ["burst", "aged", "mixed"], weights=[0.5, 0.3, 0.2] if kind != "lone" else [0.4, 0.6, 0]
                )[0],
                "photos": r.choices(
                    ["reuse", "none", "unique", "mixed"],
                    weights=[0.35, 0.08, 0.32, 0.25] if kind != "lone" else [0.3, 0.3, 0.4, 0],
                )[0],
                "pacing": "burst" if r.random() < {"large": 0.6, "small": 0.4, "lone": 0.2}[kind] else "slow",
                "sectors": r.sample(sectors, k=r.randint(1, 2)),
                "op_tz": r.choice([8, 8, 8, 3, 3, 3.5, 4, 1, 5.5]),
                "claim_tz": r.random() < 0.3,
                "polish": r.random(),
                "p_local": r.uniform(0, 0.7),
                "note_p": r.uniform(0.3, 0.95),
                "accept": r.uniform(0.2, 0.55),
                "subtle": r.random(),
                "order": r.choice(["classic", "offer-first", "off-first", "info-early"]),
                "secrecy_p": r.uniform(0.05, 0.5),
                "urgency_p": r.uniform(0, 0.4),
                "handoff_p": 0.0 if size < 2 else r.uniform(0.05, 0.35),
                "inmail_p": r.uniform(0, 0.3),
                "channels": r.sample(["WhatsApp", "WeChat", "Telegram", "Signal", "email"], k=2),
                "client": r.choice([None, *FAKE_CLIENTS]),
                "start": start,
                "end": min(self.t1, start + timedelta(days=dur)),
                "name_culture": r.choice(["en", "en", "zh", "hk", "ru", "fa", "fr", "de"]),
                "orgs": [
                    f"{r.choice(INVENTED_A)} {r.choice(INVENTED_B)} {r.choice(INVENTED_C)}"
                    for _ in range(r.randint(1, 3))
                ],
                "face": self.photo(),
                "personas": [],
            }
            c["script"] = {}
            c["script_share"] = {"large": r.uniform(0.25, 0.6), "small": r.uniform(0.4, 1.0), "lone": 1.0}[
                kind
            ]
            c["pace"] = 1.0 if c["pacing"] == "burst" else r.uniform(1.8, 3.5)
            if c["photos"] in ("reuse", "mixed") and r.random() < 0.5:
                victims = self.by_persona["ordinary"]
                v = r.choice(victims)
                self.acc[v]["photo"] = dict(c["face"])
            anchor = start - timedelta(days=r.uniform(7, 60))
            for _ in range(size):
                c["personas"].append(self.make_persona(c, anchor))
            self.campaigns.append(c)

    def make_persona(self, c: dict, anchor: datetime) -> str:
        r = self.rng
        ptype = c["types"][0] if r.random() < 0.7 else r.choice(c["types"])
        country = r.choices(
            ["GB", "SG", "HK", "CH", "AE", "US", "FR", "DE", "BE", "CN", "NL"],
            weights=[5, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1],
        )[0]
        culture = COUNTRIES[country]["culture"] if r.random() < 0.7 else c["name_culture"]
        first, last = self.name(culture)
        creation = c["creation"] if c["creation"] != "mixed" else r.choice(["burst", "aged"])
        if creation == "burst":
            created = anchor - timedelta(days=r.uniform(0, 21))
        else:
            created = self.rand_time(datetime(2009, 1, 1, tzinfo=UTC), self.t0 - timedelta(days=365))
        ph = c["photos"] if c["photos"] != "mixed" else r.choice(["reuse", "reuse", "unique", "none"])
        photo = None
        if ph == "reuse":
            photo = {
                "sha256": self.hexid(64),
                "phash": flip_bits(c["face"]["phash"], r.choice([0, 0, 1, 2, 3, 4]), r),
            }
        elif ph == "unique":
            photo = self.photo()
        cover = c["cover"] if c["cover"] != "mixed" else r.choice(["invented", "real", "none"])
        title = r.choice(FAKE_TITLES[ptype])
        org = {
            "invented": r.choice(c["orgs"]),
            "real": r.choice(REAL_COVER[COVER_KIND[ptype]]),
            "none": None,
        }[cover]
        if ptype == "conference-organiser" and cover == "invented":
            org = f"{r.choice(EVENT_PREFIX)} {r.choice(INVENTED_B)} {r.choice(EVENT_WORDS)}"
        loc_city = r.choice(COUNTRIES[country]["cities"])
        cstart = c["start"] - timedelta(days=r.uniform(60, 900))
        positions = [
            {
                "title": title,
                "organization": org or "Independent",
                "start": cstart.strftime("%Y-%m"),
                "end": None,
                "location": f"{loc_city}, {country}" if r.random() < 0.9 else loc_city,
            }
        ]
        careful = r.random() < 0.35
        y = cstart.year
        for _ in range(r.randint(1, 2) if careful else r.randint(0, 1)):
            s = y - r.randint(1, 5)
            positions.append(
                {
                    "title": r.choice(["Analyst", "Associate", "Manager", "Advisor", "Project Officer"]),
                    "organization": r.choice(GENERIC_EMPLOYERS if careful else FAKE_PREV_ORGS),
                    "start": str(s),
                    "end": str(y),
                }
            )
            y = s
        education = None
        if r.random() < 0.75:
            end = y if r.random() < 0.6 else self.t0.year - r.randint(1, 3)
            education = [
                {
                    "school": r.choice(FAKE_SCHOOLS),
                    "degree": r.choice(["MA", "MSc", "MBA", "PhD", "BA"]),
                    "field": r.choice(
                        [
                            "International Relations",
                            "Economics",
                            "Finance",
                            "Political Science",
                            "Engineering",
                            "Management",
                        ]
                    ),
                    "start": str(end - 2),
                    "end": str(end),
                }
            ]
        sector = r.choice(c["sectors"])
        buzz = {
            "consultant": "Strategy & Geopolitics",
            "think-tank": "Policy research | Europe-Asia dialogue",
            "headhunter": "Connecting top talent with global opportunities",
            "business-representative": "Investment | Cross-border partnerships",
            "researcher": f"Research on {r.choice(SECTOR_TOPICS[sector])}",
            "conference-organiser": "International conferences & high-level exchanges",
            "expert-broker": "Expert calls | Market insight",
        }[ptype]
        hl = r.random()
        headline = (
            f"{title} at {org}"
            if org and hl < 0.6
            else f"{title} | {buzz}"
            if hl < 0.85
            else "Independent consultant | Energy & Technology | Geopolitics"
        )
        about = r.choice(
            [
                None,
                None,
                None,
                None,
                None,
                "Passionate about building bridges between Europe and Asia. I connect renowned experts with high-impact opportunities.",
                f"{title} with extensive experience in {SECTOR_EN[sector]}. Always happy to connect with like-minded professionals.",
                "We work with governments, state-owned enterprises and leading corporations on strategic questions.",
                f"Helping clients understand {r.choice(SECTOR_TOPICS[sector])} and the wider policy landscape.",
                "Open to collaboration. Let's connect!",
                f"{org or 'Our team'} provides independent research and advisory services to a select group of clients.",
            ]
        )
        skills = r.sample(FAKE_SKILLS, k=r.randint(2, 6)) + r.sample(SECTOR_TOPICS[sector], k=r.randint(0, 2))
        langs = self.languages(culture)
        if r.random() < 0.4:
            extra = r.choice(["Chinese", "French", "German", "Russian", "Arabic", "Persian"])
            langs += [extra] if extra not in langs else []
        profile = {
            "headline": headline,
            "about": about,
            "location": f"{loc_city}, {country}" if r.random() < 0.85 else loc_city,
            "country": country if r.random() < 0.9 else None,
            "verified": r.random() < 0.04,
            "photo": photo,
            "positions": positions,
            "education": education,
            "skills": skills,
            "languages": langs,
        }
        tz = COUNTRIES[country]["tz"] if c["claim_tz"] else c["op_tz"]
        aid = self.register(
            first, last, country, culture, created, True, ptype, c["id"], org, sector, tz, profile
        )
        m = self.meta[aid]
        m["base_conn"] = r.randint(5, 180) if creation == "burst" else r.randint(60, 600)
        m["followers_mult"] = r.uniform(0.6, 1.5)
        m["title"] = title
        m["polish"] = 0 if r.random() < c["polish"] else r.randint(1, 4)
        return aid

    def finish(self, m: Msg, sender: str, cap: int | None = None) -> tuple[str, list[str]]:
        text = m.text()
        strength = self.meta[sender].get("polish", 0)
        if strength:
            text = clumsify(text, self.rng, strength)
        if cap and len(text) > cap:
            text = text[: cap - 3].rstrip() + "..."
        return text, list(m.cats)

    def run_campaign(self, c: dict) -> None:
        r = self.rng
        ps = c["personas"]
        start, end = c["start"], c["end"]
        for i, a in enumerate(ps):  # personas vouch for each other
            for b in ps[i + 1 :]:
                if r.random() < (0.7 if len(ps) <= 5 else 0.25):
                    t = self.emit(
                        "invitation",
                        a,
                        b,
                        self.rand_time(start - timedelta(days=30), start + timedelta(days=20)),
                    )
                    if t:
                        t = self.emit("connection", a, b, t + timedelta(hours=r.uniform(0.5, 40)))
                    if t and r.random() < 0.35:
                        self.emit("endorsement", b, a, t + timedelta(days=r.uniform(1, 30)))
                    if t and r.random() < 0.35:
                        self.emit("endorsement", a, b, t + timedelta(days=r.uniform(1, 30)))
        cover_pool = [
            a
            for p in ("ordinary", "recruiter", "sales", "academic", "consultant", "colleague-abroad")
            for a in self.gp(p)
        ]
        for a in ps:  # look normal: connect to random genuine people
            for _ in range(r.randint(2, 35)):
                g = r.choice(cover_pool)
                t = self.rand_time(start - timedelta(days=40), end)
                if (
                    r.random() < 0.2
                ):  # inbound: genuine people accept and send invitations to attractive profiles
                    t = self.emit("invitation", g, a, t)
                    if t and r.random() < 0.9:
                        self.emit("connection", g, a, t + timedelta(hours=r.uniform(1, 60)))
                    continue
                note = None
                if r.random() < 0.1:
                    note = r.choice(
                        ["Hi {f}, glad to connect.", "Hello {f}, let's connect!", "Hi {f}, nice profile."]
                    )
                    note = note.format(f=self.meta[g]["first"])
                t = self.emit("invitation", a, g, self.worktime(t, self.meta[a]["tz"]), note, [])
                if t and r.random() < 0.55:
                    t = self.emit("connection", a, g, t + timedelta(hours=r.uniform(1, 100)))
                    if t and r.random() < 0.12:
                        self.emit(
                            "message", a, g, t + timedelta(days=r.uniform(1, 60)), r.choice(F_COVER), []
                        )
        pool = [
            x
            for s in c["sectors"]
            for x in self.by_sector.get(s, [])
            if self.meta[x]["persona"]
            in ("member", "academic", "ordinary", "colleague-abroad", "policy-researcher")
        ]
        members_pool = [x for x in pool if self.meta[x].get("member")]
        others = [x for x in self.member_ids if self.meta[x]["sector"] not in c["sectors"]]
        contacted: dict[str, set[str]] = {}
        for p in ps:
            p_start = self.rand_time(start, start + (end - start) * 0.3)
            times: list[datetime] = []
            if c["pacing"] == "burst":
                for _ in range(r.randint(1, 2)):
                    w0 = self.rand_time(p_start, end)
                    days = r.uniform(1, 7)
                    times += [w0 + timedelta(days=r.uniform(0, days)) for _ in range(r.randint(6, 25))]
            else:
                rate = r.uniform(0.6, 4) / 30.44  # per day
                t = p_start
                while True:
                    t = t + timedelta(days=r.expovariate(rate))
                    if t >= end:
                        break
                    times.append(t)
            done = contacted.setdefault(p, set())
            for t in sorted(times):
                x = r.random()
                src = members_pool if (x < 0.75 and members_pool) else pool if (x < 0.9 and pool) else others
                if not src:
                    continue
                tgt = r.choice(src)
                if tgt in done:
                    continue
                done.add(tgt)
                self.funnel(c, p, tgt, self.worktime(t, self.meta[p]["tz"]))

    def sc(self, c: dict, bank: dict[str, list[str]], lang: str) -> list[str]:
        """The campaign's shared script: the subset of each phrase bank its operators use."""
        key = (id(bank), lang)
        sub = c["script"].get(key)
        if sub is None:
            opts = bank[lang]
            k = max(1, round(len(opts) * c["script_share"]))
            sub = c["script"][key] = self.rng.sample(opts, k)
        return sub

    def offer_msg(self, m: Msg, c: dict, p: str, lang: str, s: dict) -> None:
        r = self.rng
        weights = PERSONA_OFFERS[self.meta[p]["persona"]]
        kind = r.choices(OFFERS, weights=weights)[0]
        subtle = r.random() < c["subtle"]
        if kind in ("report", "consult"):
            if subtle:
                fee = r.choice(self.sc(c, FEE_SUBTLE, lang)) if r.random() < 0.7 else ""
            else:
                fee = r.choice(self.sc(c, FEE_EXPLICIT, lang)).format(**s)
            m.add(
                self.sc(c, F_REPORT, lang) if kind == "report" else self.sc(c, F_CONSULT, lang),
                "paid-work",
                **{**s, "fee": fee},
            )
        elif kind == "trip":
            travel = r.choice(
                self.sc(c, TRAVEL_SUBTLE, lang) if subtle else self.sc(c, TRAVEL_EXPLICIT, lang)
            )
            m.add(self.sc(c, F_TRIP, lang), "paid-travel", **{**s, "travel": travel})
            if re.search(r"seminar|roundtable|Seminar|séminaire", m.parts[-1]):
                m.cats.append("event-invitation")
        elif kind == "conference":
            ev = f"the {r.choice(EVENT_PREFIX)} {r.choice(INVENTED_B)} {r.choice(EVENT_WORDS)}"
            m.add(self.sc(c, EVT_OPEN, lang), "event-invitation", **{**s, "event": ev})
            m.add(self.sc(c, TRAVEL_SUBTLE, lang) if subtle else self.sc(c, EVT_TRAVEL, lang), "paid-travel")
            if m.parts[-1].startswith((" ", ",", ";")):
                m.parts[-1] = m.parts[-1].lstrip(" ,;-").capitalize() + "."
        else:
            m.add(
                self.sc(c, F_JOB, lang),
                "job-offer",
                **{**s, "role": r.choice(["Director", "Chief Engineer", "Head of R&D", "VP"])},
            )

    def funnel(self, c: dict, p: str, tgt: str, t: datetime, handoff_from: str | None = None) -> None:
        r = self.rng
        pm, tm = self.meta[p], self.meta[tgt]
        lang = self.lang_for(tgt, c["p_local"])
        glang = (
            tm["culture"] if lang == "en" and tm["culture"] in ("fr", "de") and r.random() < 0.15 else lang
        )
        s = self.slots(p, tgt, lang)
        client = c["client"] or r.choice(FAKE_CLIENTS)
        if lang != "en":
            client = r.choice(FAKE_CLIENTS_LOCAL[lang])
        s.update(
            client=client,
            cover=pm["org"]
            or {
                "en": "an independent consultancy",
                "fr": "un cabinet indépendant",
                "de": "eine unabhängige Beratung",
            }[lang],
            title=pm["title"].lower() if lang == "en" else pm["title"],
        )
        if handoff_from:
            s["prev"] = self.meta[handoff_from]["first"]
        suscept = tm.setdefault("suscept", r.random())

        def later(t0: datetime, lo: float, hi: float) -> datetime:
            return self.worktime(t0 + timedelta(hours=r.uniform(lo, hi) * c["pace"]), pm["tz"])

        def reply_later(t0: datetime) -> datetime:
            return self.worktime(t0 + timedelta(hours=r.expovariate(1 / 30)), tm["tz"], strict=False)

        def say(t0: datetime, m: Msg, sign: bool = True) -> datetime | None:
            if sign:
                habit = pm.setdefault("sign-" + lang, r.choice(SIGN[lang]))
                m.maybe(0.6, habit if r.random() < 0.8 else SIGN[lang], me=pm["first"])
            text, cats = self.finish(m, p)
            return self.emit("message", p, tgt, t0, text, cats)

        replied: list[datetime | None] = [None]

        def respond(t0: datetime, stage: str) -> str:
            """The target answers (or not). Returns 'none', 'pos', 'caut', 'no'."""
            if r.random() > 0.1 + 0.5 * suscept:
                return "none"
            kind = "pos" if suscept > 0.6 or r.random() < 0.4 else "caut" if suscept > 0.3 else "no"
            if stage == "off" and kind == "pos" and r.random() < 0.65:
                ch = r.choice(c["channels"])
                h = self.handle(tgt, ch)
                opts = [x for x in R_COMPLY_OFF[lang] if ("{channel}" in x) != (ch == "email")]
                opts = [
                    x
                    for x in opts
                    if ch == "email" or ("mail" not in x.lower() and "adresse" not in x.lower())
                ]
                text = r.choice(opts or ["OK: {handle}"]).format(handle=h, channel=ch)
                replied[0] = self.emit("message", tgt, p, reply_later(t0), text, ["off-platform"])
                return "off"
            bank = {"pos": R_POSITIVE, "caut": R_CAUTIOUS, "no": R_DECLINE}[kind]
            replied[0] = self.emit(
                "message", tgt, p, reply_later(t0), self.reply(tgt, p, bank[lang], lang), []
            )
            return kind

        if r.random() < 0.6:
            self.emit("profile_view", p, tgt, t - timedelta(hours=r.uniform(0.2, 30)))
        connected = self.connected(p, tgt)
        inmail = (handoff_from is not None and r.random() < 0.5) or r.random() < c["inmail_p"]
        if not connected and not inmail:
            note, cats = None, []
            if r.random() < c["note_p"]:
                m = Msg(r)
                m.maybe(0.5, self.sc(c, GREET, glang), **s)
                if handoff_from:
                    m.add(self.sc(c, F_HANDOFF, lang), **s)
                m.maybe(0.65, self.sc(c, F_FLATTER, lang), "flattery", **s).add(
                    self.sc(c, F_CONNECT, lang), **s
                ).maybe(0.3, self.sc(c, F_TEASER, lang))
                note, cats = self.finish(m, p, cap=300)
            t = self.emit("invitation", p, tgt, t, note, cats)
            if t is None:
                return
            if r.random() < 0.45:
                self.emit("profile_view", tgt, p, t + timedelta(hours=r.uniform(0.5, 72)))
            accept = (
                c["accept"]
                + (0.08 if self.acc[p].get("photo") else -0.05)
                + (0.1 if note else 0)
                + 0.15 * (suscept - 0.5)
            )
            if r.random() > accept:
                return
            t = self.emit("connection", p, tgt, reply_later(t + timedelta(hours=r.uniform(0, 120))))
            if t is None:
                return
        # conversation
        order = {
            "classic": ["intro", "offer", "off", "info"],
            "offer-first": ["intro+offer", "off", "info"],
            "off-first": ["intro+off", "offer"],
            "info-early": ["intro", "info", "offer", "off", "info"],
        }[c["order"]]
        silent = 0
        for i, step_name in enumerate(order):
            step = step_name.split("+")
            t = later(t, 10, 24 * (8 if i == 0 else 6))
            m = Msg(r)
            if i == 0:
                m.add(self.sc(c, GREET, glang), **s)
                if connected or inmail:
                    pass
                else:
                    m.maybe(0.7, self.sc(c, F_THANKS, lang))
                if handoff_from:
                    m.add(self.sc(c, F_HANDOFF, lang), **s)
                m.maybe(0.85, self.sc(c, F_SELF, lang), **s).maybe(
                    0.6 if "flattery" not in m.cats else 0, self.sc(c, F_FLATTER, lang), "flattery", **s
                )
            elif r.random() < 0.4:
                m.add(self.sc(c, GREET, glang), **s)
            if step == ["intro"]:
                m.add(self.sc(c, F_SOFT_ASK, lang))
            if "offer" in step:
                self.offer_msg(m, c, p, lang, s)
                m.maybe(c["urgency_p"], self.sc(c, F_URGENCY, lang), "urgency")
                m.maybe(c["secrecy_p"] * 0.6, self.sc(c, F_SECRECY, lang), "secrecy")
            if "off" in step:
                ch = r.choice(c["channels"])
                bank = self.sc(c, F_OFF_EMAIL, lang) if ch == "email" else self.sc(c, F_OFFPLATFORM, lang)
                m.add(bank, "off-platform", channel=ch, handle=self.handle(p, ch))
                m.maybe(c["secrecy_p"], self.sc(c, F_SECRECY, lang), "secrecy")
            if "info" in step:
                m.add(self.sc(c, F_INFO, lang), "information-request", **s)
                m.maybe(c["secrecy_p"], self.sc(c, F_SECRECY, lang), "secrecy")
                m.maybe(c["urgency_p"], self.sc(c, F_URGENCY, lang), "urgency")
            t = say(t, m)
            if t is None:
                return
            replied[0] = None
            ans = respond(t, "off" if "off" in step else "other")
            if replied[0] is not None:
                t = max(t, replied[0])
            if ans == "off":
                if r.random() < 0.7:
                    return  # the rest happens elsewhere
            elif ans == "no":
                if r.random() < 0.4:
                    m2 = Msg(r).add(self.sc(c, F_FOLLOWUP, lang))
                    if r.random() < 0.5:
                        self.offer_msg(m2, c, p, lang, s)
                    else:
                        m2.add(self.sc(c, F_SOFT_ASK, lang))
                    say(later(t, 24, 24 * 10), m2)
                return
            elif ans == "none":
                silent += 1
                if silent >= 2 or r.random() < 0.35:
                    if r.random() < 0.5:
                        say(later(t, 48, 24 * 14), Msg(r).add(self.sc(c, F_FOLLOWUP, lang)), sign=False)
                    return
            if (
                "offer" in step
                and handoff_from is None
                and len(c["personas"]) > 1
                and r.random() < c["handoff_p"]
            ):
                q = r.choice([x for x in c["personas"] if x != p])
                self.funnel(c, q, tgt, later(t, 24 * 3, 24 * 30), handoff_from=p)
                return

    # ---- genuine behaviour ------------------------------------------------------------------------
    def gp(self, persona: str) -> list[str]:
        return [a for a in self.by_persona.get(persona, []) if not self.meta[a]["fake"]]

    def genuine_ids(self) -> list[str]:
        return [a for a in self.acc if not self.meta[a]["fake"]]

    def shared_lang(self, a: str, b: str) -> str:
        ca, cb = self.meta[a]["culture"], self.meta[b]["culture"]
        return ca if ca == cb and ca in ("fr", "de") and self.rng.random() < 0.75 else "en"

    def background(self) -> None:
        r = self.rng
        gids = self.genuine_ids()
        deg = {"member": (2, 14), "ordinary": (1, 8), "academic": (2, 10), "colleague-abroad": (1, 5)}
        for a in gids:
            ma = self.meta[a]
            lo, hi = deg.get(ma["persona"], (1, 5))
            for _ in range(r.randint(lo, hi)):
                x = r.random()
                org_peers = self.by_org.get(ma["org"], [])
                if x < 0.45 and len(org_peers) > 1:
                    b = r.choice(org_peers)
                elif x < 0.7 and ma["sector"] and self.by_sector.get(ma["sector"]):
                    b = r.choice(self.by_sector[ma["sector"]])
                else:
                    b = r.choice(gids)
                if b == a or self.meta[b]["fake"] or self.connected(a, b):
                    continue
                t = self.worktime(self.rand_time(self.t0, self.t1), ma["tz"], strict=False)
                if r.random() < 0.3:
                    self.emit("profile_view", a, b, t - timedelta(hours=r.uniform(0.1, 200)))
                note, cats = None, []
                if r.random() < 0.2:
                    lang = self.shared_lang(a, b)
                    ev = r.choice(self.events)["name"] if r.random() < 0.5 else "conference"
                    note = r.choice(INVITE_NOTES[lang]).format(
                        f=self.meta[b]["first"], event=ev, sector=(ma["sector"] or "tech").replace("-", " ")
                    )
                t = self.emit("invitation", a, b, t, note, cats)
                if t is None or r.random() > 0.78:
                    continue
                t = self.emit(
                    "connection",
                    a,
                    b,
                    self.worktime(t + timedelta(hours=r.expovariate(1 / 40)), self.meta[b]["tz"], False),
                )
                if t is None:
                    continue
                if r.random() < 0.12:
                    self.emit("endorsement", b, a, t + timedelta(days=r.uniform(1, 90)))
                if r.random() < 0.16:
                    self.chat(a, b, t + timedelta(days=r.uniform(0.5, 120)), r.randint(1, 4))
        for _ in range(len(gids) * 2):  # browsing
            a, b = r.choice(gids), r.choice(list(self.acc))
            if a != b:
                self.emit("profile_view", a, b, self.rand_time(self.t0, self.t1))
        members = self.member_ids
        for _ in range(
            len(members) // 6
        ):  # students and strangers asking for advice: cold, flattering, asking
            a = r.choice(self.gp("ordinary"))
            b = r.choice(members)
            lang = self.shared_lang(a, b)
            s = self.slots(a, b, "en")
            text = r.choice(
                [
                    f"Hi {s['f']}, I'm a student interested in {s['topic']} and I really admire your career. Could I ask you a few questions?",
                    f"Hello {s['f']}, I'm preparing for interviews at {s['org']}. Would you have 15 minutes to tell me about the team?",
                    f"Hi {s['f']}, I saw your talk on {s['topic']}, brilliant! Would you mind sharing the slides?",
                ]
                if lang == "en"
                else [
                    f"Bonjour {s['f']}, je suis étudiant(e) et votre parcours m'inspire beaucoup. Auriez-vous un moment pour échanger ?"
                ]
                if lang == "fr"
                else [
                    f"Hallo {s['f']}, ich studiere und interessiere mich sehr für {s['topic']}. Hätten Sie kurz Zeit?"
                ]
            )
            self.emit(
                "message",
                a,
                b,
                self.worktime(self.rand_time(self.t0, self.t1), self.meta[a]["tz"], False),
                text,
                ["flattery", "information-request"]
                if "admire" in text or "brilliant" in text or "inspire" in text
                else ["information-request"],
            )

    def reply(self, frm: str, to: str, bank: list[str], lang: str) -> str:
        """A short answer, with the small personal variations people add."""
        r = self.rng
        text = r.choice(bank)
        if r.random() < 0.35:
            text = r.choice(CHAT_HELLO[lang]).format(f=self.meta[to]["first"]) + " " + text
        if r.random() < 0.3:
            text += (
                "\n"
                + r.choice(["Best,", "Regards,", "Thanks,", "Cheers,", "Cordialement,", "Grüße,"])
                + " "
                + self.meta[frm]["first"]
            )
        if r.random() < 0.15:
            text = text.lower()
        return text.strip()

    def chat(self, a: str, b: str, t: datetime, n: int) -> None:
        """A short genuine conversation between people who know each other."""
        r = self.rng
        lang = self.shared_lang(a, b)
        who = [a, b]
        for i in range(n):
            x, y = who[i % 2], who[(i + 1) % 2]
            mx = self.meta[x]
            bank = CHAT_CORE[lang]
            if lang == "en" and mx["persona"] == "colleague-abroad" and r.random() < 0.5:
                bank = CHAT_ABROAD
            core, cats = r.choice(bank)
            ch = (
                r.choice(["WhatsApp", "WeChat", "Telegram", "email"])
                if mx["country"] in ("CN", "HK", "SG", "RU", "IR")
                else r.choice(["WhatsApp", "email", "Signal"])
            )
            fill = {k: r.choice(v) for k, v in CHAT_FILL.items()}
            fill["when"] = fill["when"].replace("{month}", MONTHS["en"][r.randrange(12)])
            fill.update(
                f=self.meta[y]["first"],
                city=r.choice(COUNTRIES[self.meta[y]["country"]]["cities"]),
                topic=r.choice(SECTOR_TOPICS[mx["sector"] or self.meta[y]["sector"] or "ai"]),
                channel=ch,
                handle=self.handle(x, "email" if "Mail" in core else ch),
                org=self.meta[y]["org"] or "work",
                event=r.choice(self.events)["name"],
                n=str(r.randint(2, 6)),
                month=MONTHS["en"][r.randrange(12)],
                name=" ".join(self.name(self.meta[x]["culture"])),
            )
            m = Msg(r)
            if i == 0 or r.random() < 0.3:
                m.add(CHAT_HELLO[lang], **fill)
            m.add(core, None, **fill).maybe(0.5, CHAT_BYE[lang])
            text = m.text(r.choice([" ", "\n"]))
            if r.random() < 0.2:
                text = text.lower()
            if mx["persona"] == "colleague-abroad" and r.random() < 0.35:
                text = clumsify(text, r, r.randint(1, 2))
            t = self.emit("message", x, y, self.worktime(t, mx["tz"], False), text, cats)
            if t is None:
                return
            t = t + timedelta(hours=r.expovariate(1 / 20))

    def colleagues_abroad(self) -> None:
        r = self.rng
        for a in self.gp("colleague-abroad"):
            sec = self.meta[a]["sector"]
            peers = [x for x in self.by_sector.get(sec, []) if self.meta[x].get("member")] or self.member_ids
            for b in r.sample(peers, k=min(len(peers), r.randint(1, 5))):
                t = self.rand_time(self.t0, self.t1 - timedelta(days=20))
                if not self.connected(a, b) and r.random() < 0.5:
                    note = r.choice(
                        ["Great to see you again!", "Hi {f}, so nice to meet again in person.", ""]
                    )
                    note = note.format(f=self.meta[b]["first"]) if r.random() < 0.6 else None
                    t2 = self.emit("invitation", a, b, t, note or None, [])
                    if t2:
                        t = self.emit("connection", a, b, t2 + timedelta(hours=r.uniform(1, 48))) or t
                self.chat(a, b, t + timedelta(days=r.uniform(0, 30)), r.randint(1, 6))
                if r.random() < 0.3:
                    self.chat(b, a, t + timedelta(days=r.uniform(30, 120)), r.randint(1, 3))

    def outreach(
        self,
        a: str,
        n: int,
        targets: list[str],
        compose,
        note_p: float,
        accept: float,
        reply_p: float,
        followup=None,
        waves: tuple[int, int] = (1, 4),
    ) -> None:
        """Cold outreach by a genuine professional: bursts of invitations/InMails, few replies."""
        r = self.rng
        ma = self.meta[a]
        wave_times = [self.rand_time(self.t0, self.t1) for _ in range(r.randint(*waves))]
        for _ in range(n):
            tgt = r.choice(targets)
            if tgt == a or self.meta[tgt]["fake"]:
                continue
            t = self.worktime(r.choice(wave_times) + timedelta(hours=r.uniform(0, 24 * 6)), ma["tz"])
            lang = (
                self.shared_lang(a, tgt)
                if ma["culture"] in ("fr", "de")
                else ("en" if r.random() < 0.8 else self.lang_for(tgt, 1.0))
            )
            if not self.connected(a, tgt) and r.random() < note_p:
                m = compose(a, tgt, lang, True)
                text = m.text(" ")
                t = self.emit(
                    "invitation", a, tgt, t, text[:297] + "..." if len(text) > 300 else text, m.cats
                )
                if t is None or r.random() > accept:
                    continue
                t = self.emit("connection", a, tgt, t + timedelta(hours=r.expovariate(1 / 50)))
                if t is None or r.random() < 0.5:
                    continue
                t = t + timedelta(hours=r.uniform(2, 96))
            m = compose(a, tgt, lang, False)
            t = self.emit("message", a, tgt, t, m.text(), m.cats)
            if t is None or r.random() > reply_p:
                continue
            bank = R_POSITIVE if r.random() < 0.5 else R_DECLINE
            t = self.emit(
                "message",
                tgt,
                a,
                t + timedelta(hours=r.expovariate(1 / 30)),
                self.reply(tgt, a, bank[lang], lang),
                [],
            )
            if t and followup and bank is R_POSITIVE:
                fm = followup(a, tgt, lang)
                self.emit(
                    "message",
                    a,
                    tgt,
                    self.worktime(t + timedelta(hours=r.uniform(1, 48)), ma["tz"]),
                    fm.text(),
                    fm.cats,
                )

    def recruiting(self) -> None:
        r = self.rng

        def compose(a: str, tgt: str, lang: str, short: bool) -> Msg:
            ma, mt = self.meta[a], self.meta[tgt]
            fd = self.firms[ma["firm"]]
            s = self.slots(a, tgt, lang)
            sec = mt["sector"] or ma.get("sector") or r.choice(list(SECTOR_TOPICS))
            role = r.choice(MEMBER_ROLES[sec][r.choice(["junior", "senior", "executive"])])
            amt = r.choice([55, 65, 80, 95, 110, 140])
            s.update(
                role=role,
                client=r.choice(REC_CLIENTS[lang]) if ma["firm"] in AGENCIES else ma["firm"],
                city=r.choice(
                    COUNTRIES[fd["country"]]["cities"] if fd["country"] in COUNTRIES else ["Paris"]
                ),
                amt=str(amt),
                amt2=str(amt + r.choice([15, 20, 30])),
            )
            m = Msg(r)
            tpl = r.choice(fd["tpl"]) if r.random() < 0.6 else None
            if tpl and tpl["lang"] == lang:
                m.add(tpl["greet"], **s).add(tpl["open"], "job-offer", **s)
                if not short:
                    m.add(tpl["plus"], **s).add(tpl["ask"], **s).add(tpl["sign"], me=ma["first"])
            else:
                m.maybe(0.8, GREET[lang], **s).add(REC_OPEN[lang], "job-offer", **s)
                if not short:
                    m.maybe(0.6, REC_PLUS[lang], **s).add(REC_ASK[lang], **s).maybe(
                        0.2, REC_URGENT[lang], "urgency"
                    )
                    m.maybe(0.6, SIGN[lang], me=ma["first"])
            for part in m.parts:
                if re.search(r"flights|travel for", part):
                    m.cats.append("paid-travel")
                if re.search(r"CV|Lebenslauf|salary expectations", part):
                    m.cats.append("information-request")
                if re.search(r"caught my eye|retenu mon attention|überzeugt", part):
                    m.cats.append("flattery")
            return m

        def followup(a: str, tgt: str, lang: str) -> Msg:
            fd = self.firms[self.meta[a]["firm"]]
            ma = self.meta[a]
            h = (
                f"{slugify(ma['first'])}.{slugify(ma['last'])}@{fd['mail']}"
                if fd["mail"]
                else self.handle(a, "email")
            )
            if "WhatsApp" in (x := r.choice(REC_OFF[lang])):
                h = self.handle(a, "WhatsApp")
            m = Msg(r).add(x, "off-platform", handle=h)
            m.maybe(
                0.5,
                ["Could you send your CV beforehand?", "Please attach your CV."]
                if lang == "en"
                else REC_ASK[lang][-1:],
                "information-request",
            )
            return m

        others = [a for p in ("ordinary", "academic") for a in self.gp(p)]
        for a in self.gp("recruiter"):
            sec = self.meta[a]["sector"]
            tg = (
                [x for x in self.by_sector.get(sec, []) if self.meta[x].get("member")] if sec else []
            ) or self.member_ids
            self.outreach(
                a,
                r.randint(8, 90),
                tg + others[: len(tg)] if r.random() < 0.5 else tg + r.sample(others, min(200, len(others))),
                compose,
                note_p=0.5,
                accept=0.35,
                reply_p=0.2,
                followup=followup,
            )

    def events_outreach(self) -> None:
        r = self.rng

        def compose(a: str, tgt: str, lang: str, short: bool) -> Msg:
            ev = self.meta[a]["event"]
            if ev["predatory"]:
                lang = "en"
            s = self.slots(a, tgt, lang)
            s.update(event=ev["name"], city=ev["city"], handle=self.handle(a, "email"))
            m = Msg(r).maybe(0 if ev["predatory"] else 0.7, GREET[lang], **s)
            m.add(
                EVT_OPEN[lang][3]
                if ev["predatory"] and lang == "en"
                else r.choice(EVT_OPEN[lang][:3] if lang == "en" else EVT_OPEN[lang]),
                "event-invitation",
                **s,
            )
            if short:
                return m
            m.maybe(0.5, EVT_FLATTER[lang], "flattery", **s)
            if ev["travel"]:
                m.add(EVT_TRAVEL[lang], "paid-travel")
            m.maybe(0.2, EVT_FEE[lang], "paid-work", **s)
            ask = r.choice(EVT_ASK[lang])
            m.add(ask, **s)
            if "email" in ask:
                m.cats.append("off-platform")
            if "Early-bird" in ask:
                m.cats.append("urgency")
            if "abstract" in ask or "Abstract" in ask or "résumé" in ask:
                m.cats.append("information-request")
            m.maybe(0.6, SIGN[lang], me=self.meta[a]["first"])
            if ev["predatory"]:
                m.parts = [clumsify(p, r, 2) for p in m.parts]
            return m

        for a in self.gp("event-organiser"):
            sec = self.meta[a]["sector"]
            tg = self.by_sector.get(sec) or self.member_ids
            tg = [
                x
                for x in tg
                if self.meta[x]["persona"]
                in ("member", "academic", "policy-researcher", "colleague-abroad", "ordinary")
            ] or self.member_ids
            self.outreach(
                a, r.randint(10, 70), tg, compose, note_p=0.35, accept=0.4, reply_p=0.15, waves=(1, 3)
            )

    def expert_networks(self) -> None:
        r = self.rng

        def compose(a: str, tgt: str, lang: str, short: bool) -> Msg:
            s = self.slots(a, tgt, "en")
            s["net"] = self.meta[a]["net"]
            s["amt"] = str(r.choice([150, 200, 250, 300, 400, 500]))
            m = Msg(r).maybe(0.8, GREET["en"], **s).add(EXP_OPEN, None, **s)
            if short:
                return m
            m.add(EXP_PAY, "paid-work", **s).maybe(0.6, EXP_COMPLY).add(EXP_ASK)
            if "phone" in m.parts[-1]:
                m.cats.append("off-platform")
            m.maybe(0.5, SIGN["en"], me=self.meta[a]["first"])
            return m

        for a in self.gp("expert-network"):
            tg = [x for x in self.member_ids if r.random() < 0.5] or self.member_ids
            self.outreach(a, r.randint(10, 60), tg, compose, note_p=0.2, accept=0.3, reply_p=0.25)

    def academics_etc(self) -> None:
        r = self.rng
        for a in self.gp("academic"):
            ma = self.meta[a]
            peers = self.by_sector.get(ma["sector"]) or self.member_ids
            for _ in range(r.randint(0, 6)):
                b = r.choice(peers)
                if b == a or self.meta[b]["fake"]:
                    continue
                lang = self.shared_lang(a, b)
                i = r.randrange(len(ACA_MSG[lang]))
                s = self.slots(a, b, lang)
                s.update(uni=ma["org"], city=r.choice(COUNTRIES[ma["country"]]["cities"]))
                text = (
                    Msg(r)
                    .maybe(0.8, GREET[lang], **s)
                    .add(ACA_MSG[lang][i], **s)
                    .maybe(0.5, SIGN[lang], me=ma["first"])
                    .text()
                )
                cats = (
                    ACA_CATS[i]
                    if lang == "en"
                    else (["information-request"] if i == 0 else ["event-invitation", "paid-travel"])
                )
                if ma["country"] in ("CN", "IR", "RU", "TR", "IN") and r.random() < 0.3:
                    text = clumsify(text, r, r.randint(1, 2))
                t = self.emit(
                    "message",
                    a,
                    b,
                    self.worktime(self.rand_time(self.t0, self.t1), ma["tz"], False),
                    text,
                    cats,
                )
                if t and r.random() < 0.4:
                    self.emit(
                        "message",
                        b,
                        a,
                        t + timedelta(hours=r.expovariate(1 / 40)),
                        self.reply(b, a, R_POSITIVE[lang] + R_DECLINE[lang], lang),
                        [],
                    )
        for a in self.gp("journalist"):
            ma = self.meta[a]
            for _ in range(r.randint(3, 25)):
                b = r.choice(self.member_ids)
                i = r.randrange(len(JOUR_MSG))
                s = self.slots(a, b)
                s.update(outlet=ma["org"], handle=self.handle(a, "Signal"))
                text = (
                    Msg(r)
                    .maybe(0.8, GREET["en"], **s)
                    .add(JOUR_MSG[i], **s)
                    .maybe(0.5, SIGN["en"], me=ma["first"])
                    .text()
                )
                t = self.emit(
                    "message",
                    a,
                    b,
                    self.worktime(self.rand_time(self.t0, self.t1), ma["tz"]),
                    text,
                    JOUR_CATS[i],
                )
                if t and r.random() < 0.25:
                    self.emit(
                        "message",
                        b,
                        a,
                        t + timedelta(hours=r.expovariate(1 / 20)),
                        self.reply(b, a, R_CAUTIOUS["en"] + R_POSITIVE["en"], "en"),
                        [],
                    )
        for a in self.gp("sales"):
            ma = self.meta[a]
            for _ in range(r.randint(5, 45)):
                b = r.choice(self.member_ids if r.random() < 0.6 else self.gp("ordinary"))
                i = r.randrange(len(SALES_MSG))
                s = self.slots(a, b)
                text = SALES_MSG[i].format(**s)
                if i and r.random() < 0.5:
                    text = r.choice(["Hi {f}, ", "Hello {f} - ", "{f}, ", "Hey {f}! "]).format(**s) + text
                if r.random() < 0.4:
                    text += "\n" + r.choice(SIGN["en"]).format(me=ma["first"])
                if ma["culture"] != "en" and r.random() < 0.25:
                    text = clumsify(text, r, 1)
                if not self.connected(a, b) and r.random() < 0.4:
                    t = self.emit(
                        "invitation",
                        a,
                        b,
                        self.worktime(self.rand_time(self.t0, self.t1), ma["tz"]),
                        text if len(text) <= 300 else None,
                        SALES_CATS[i] if len(text) <= 300 else [],
                    )
                    if t and r.random() < 0.3:
                        self.emit("connection", a, b, t + timedelta(hours=r.expovariate(1 / 30)))
                else:
                    self.emit(
                        "message",
                        a,
                        b,
                        self.worktime(self.rand_time(self.t0, self.t1), ma["tz"]),
                        text,
                        SALES_CATS[i],
                    )

    # ---- output -------------------------------------------------------------------------------------
    def finalize(self) -> None:
        r = self.rng
        for aid in sorted(self.acc):
            m, acc = self.meta[aid], self.acc[aid]
            true_conn = max(m["base_conn"], m["nconn"])
            acc["connections"] = min(500, true_conn)
            acc["followers"] = int(true_conn * r.uniform(0.7, 1.5) * m["followers_mult"]) + r.randint(0, 30)

    def build(self) -> None:
        self.build_population()
        self.plan_campaigns()
        self.background()
        self.colleagues_abroad()
        self.recruiting()
        self.events_outreach()
        self.expert_networks()
        self.academics_etc()
        for c in self.campaigns:
            self.run_campaign(c)
        self.finalize()

    def write(self, out: Path) -> dict:
        out.mkdir(parents=True, exist_ok=True)

        def dump(name: str, rows: list[dict]) -> None:
            with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")

        order = sorted(range(len(self.inter)), key=lambda i: (self.inter[i]["at"], self.inter[i]["id"]))
        inter = [self.inter[i] for i in order]
        labels_by_iid = {
            m["interaction_id"]: {k: v for k, v in m.items() if k != "_at"} for m in self.msg_labels
        }
        msg = [labels_by_iid[e["id"]] for e in inter if e["id"] in labels_by_iid]
        ids = sorted(self.acc)
        dump("accounts.jsonl", [self.acc[a] for a in ids])
        dump("interactions.jsonl", inter)
        dump("members.jsonl", sorted(self.members, key=lambda m: m["account_id"]))
        dump(
            "labels.jsonl",
            [
                {
                    "account_id": a,
                    "label": "fake" if self.meta[a]["fake"] else "genuine",
                    "campaign": self.meta[a]["campaign"],
                    "persona": self.meta[a]["persona"],
                }
                for a in ids
            ],
        )
        dump("message_labels.jsonl", msg)
        fakes = [a for a in ids if self.meta[a]["fake"]]
        return {
            "accounts": len(ids),
            "fakes": len(fakes),
            "campaigns": len(self.campaigns),
            "members": len(self.members),
            "interactions": len(inter),
            "messages": len(msg),
            "lures": sum(m["lure"] for m in msg),
            "start": self.t0.strftime(ISO),
            "end": self.t1.strftime(ISO),
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--accounts", type=int, default=4000)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    world = World(args.seed, args.accounts)
    world.build()
    stats = world.write(args.out)
    stats["seconds"] = round(time.perf_counter() - t, 2)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
