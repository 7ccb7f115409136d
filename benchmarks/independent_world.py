#!/usr/bin/env python3
"""Independent evaluation world for lureguard.

Why this exists
---------------
lureguard ships its own simulator, and a detector tuned on one simulator can
learn that simulator's quirks (its phrasings, its timing, its account mix)
instead of the behaviour of real covert-recruitment personas.  This file is a
second generator, designed separately, from only the public dataset contract
(``dataset-format.md``), the published red flags (UK NPSA/CPNI "Think Before
You Link", US NCSC/FBI, the 2018 French DGSI/DGSE note on ~4,000 people
approached, Germany's BfV 2017 warning about ~10,000 contacted) and general
knowledge of how professional networks are used.  It does not import
lureguard.  If detection holds up here, it is more likely to transfer.

What it models
--------------
* A protected population (``members.jsonl``) spread over several invented
  organisations in sensitive sectors, with teams, colleague networks,
  messages, profile views, endorsements and new joiners who connect in bursts.
* Ordinary genuine outsiders: partner-organisation colleagues, academics,
  colleagues abroad (China, Hong Kong, Singapore, Russia, Iran, Turkey, UAE,
  ...) who behave exactly like everyone else, open networkers, vendor sales
  staff, a genuine expert-network firm and a genuine think tank.
* Hard negatives in the hundreds: genuine recruiting firms (staff connected to
  each other, house templates, company-logo photos, cold invitations, job
  offers, requests for CVs and phone calls) and genuine event organisers
  (speaker invitations, travel and honoraria covered, deadlines).
* Fake-persona campaigns in several styles (fresh-account bursts, aged think
  tanks, impersonators of a real firm, sleepers with a long benign history,
  fake conferences, fake researchers, headhunter -> business-representative
  hand-offs, lone low-and-slow personas).  Each campaign draws its own
  fingerprints: shared or near-duplicate photos, an invented employer with no
  real staff, a shared script with light paraphrase, an operator time zone —
  or nothing shared at all.
* Messages in English, French and German, built compositionally from
  fragments; every invitation note and message with text is labelled in
  ``message_labels.jsonl`` with the categories its fragments carry.  ``lure``
  is true when a fake persona's text carries at least one category; genuine
  senders' texts are never lures, whatever they contain.

Run: ``python benchmarks/independent_world.py --seed 1 --out /tmp/indep-1``.
Only the standard library and numpy are used; output is deterministic for a
given seed and ``--accounts``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import time
import unicodedata
from typing import ClassVar

import numpy as np

DAY = 86400.0
HOUR = 3600.0

SECTORS = [
    "nuclear",
    "semiconductors",
    "supercomputing",
    "health",
    "green-energy",
    "defence",
    "economy-finance",
    "ai",
    "public-administration",
]

# ---------------------------------------------------------------------------
# People, places
# ---------------------------------------------------------------------------

NAMES = {
    "FR": (
        "Julien Thomas Nicolas Antoine Pierre Mathieu Olivier Laurent Sébastien Hugo Louis Vincent Guillaume Philippe Éric Yannick",
        "Camille Marie Claire Sophie Julie Émilie Isabelle Nathalie Céline Léa Manon Anne Hélène Aurélie Chloé Agnès",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David "
        "Bertrand Roux Vincent Fournier Morel Girard Bonnet Lambert Fontaine Rousseau Mercier Blanc Guérin Faure Chevalier Perrin",
    ),
    "DE": (
        "Lukas Jonas Felix Maximilian Tobias Stefan Andreas Michael Thomas Jan Florian Matthias Christian Sebastian Markus Jörg",
        "Anna Laura Julia Lena Sarah Katharina Sabine Claudia Miriam Johanna Franziska Lisa Nina Carolin Birgit Ute",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter Klein Wolf Schröder "
        "Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Vogel Brandt Haas",
    ),
    "GB": (
        "James Oliver Harry George William Daniel Matthew Andrew Richard Simon Peter David Thomas Edward Samuel Alistair",
        "Emma Olivia Sophie Charlotte Emily Hannah Rachel Sarah Lucy Rebecca Katherine Helen Amy Victoria Jessica Fiona",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Evans Thomas Roberts Walker Wright Thompson Hughes Green "
        "Hall Clarke Baker Harris Cooper King Turner Hill Ward Morgan Bennett",
    ),
    "US": (
        "Michael Christopher Joshua Matthew Ryan Brian Kevin Jason Eric Mark Steven Jeffrey Scott Tyler Brandon",
        "Jennifer Jessica Ashley Amanda Megan Lauren Stephanie Nicole Rachel Kimberly Michelle Heather Amber Danielle",
        "Miller Davis Anderson Jackson White Martinez Lopez Clark Lewis Robinson Young Allen Scott Adams Nelson Carter "
        "Mitchell Perez Campbell Parker Collins Stewart Morris Reed",
    ),
    "NL": (
        "Daan Sem Bram Thijs Ruben Jeroen Pieter Maarten Koen Wouter",
        "Sanne Femke Lotte Anouk Eva Marieke Iris Ingrid Anne Lieke",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters",
    ),
    "BE": (
        "Arnaud Wim Pieter Olivier Kevin Gilles Bart Geert",
        "Elise Ann Sofie Charlotte Nele Valérie Griet Marie",
        "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Dubois Lambert Dupont",
    ),
    "CH": (
        "Lukas Reto Urs Marco Yannick Beat Dario Cédric",
        "Nadine Corinne Andrea Martina Céline Sandra Mirjam Laetitia",
        "Meier Keller Brunner Gerber Baumann Frei Huber Moser Widmer Favre Rochat Bühler",
    ),
    "IT": (
        "Marco Luca Giuseppe Alessandro Andrea Matteo Francesco Davide",
        "Giulia Francesca Chiara Sara Valentina Elena Federica Martina",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo",
    ),
    "ES": (
        "Javier Pablo Alejandro Carlos Sergio Daniel Jorge Álvaro",
        "Lucía María Laura Paula Marta Elena Carmen Nuria",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno",
    ),
    "PL": (
        "Piotr Krzysztof Tomasz Paweł Michał Marcin",
        "Anna Katarzyna Magdalena Agnieszka Joanna Monika",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański",
    ),
    "SE": (
        "Erik Lars Anders Johan Magnus Oskar",
        "Karin Anna Emma Sara Ingrid Maja",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindqvist",
    ),
    "CN": (
        "Wei Jun Hao Lei Jian Tao Ming Yang Chen Bo Peng Qiang Zhiwei Haoran",
        "Li Fang Jing Xin Yan Min Hui Ying Xiaoyu Lin Mei Qing Yuting Jiayi",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo",
    ),
    "HK": (
        "Kelvin Ka_Ho Wing_Kit Raymond Edmond Alvin Tsz_Hin Patrick",
        "Cherry Wing_Yan Vivian Karen Hoi_Ying Gloria Winnie Florence",
        "Chan Wong Cheung Lau Leung Lee Ho Ng Tsang Yip Kwok Lam",
    ),
    "SG": (
        "Wei_Jie Jun_Hao Marcus Darren Aditya Muhammad Ryan Benjamin",
        "Hui_Min Xin_Yi Rachel Nur_Aisyah Priya Jia_Hui Sharon Grace",
        "Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo Rahman Nair",
    ),
    "RU": (
        "Alexei Dmitry Sergei Ivan Mikhail Andrei Nikolai Pavel",
        "Anna Elena Olga Natalia Tatiana Irina Ekaterina Maria",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov",
    ),
    "IR": (
        "Ali Reza Mohammad Hossein Amir Mehdi Saeed Hamid",
        "Maryam Fatemeh Zahra Sara Narges Leila Neda Shirin",
        "Hosseini Ahmadi Mohammadi Rezaei Moradi Karimi Jafari Rahimi Kazemi Sadeghi Tehrani Ebrahimi",
    ),
    "TR": (
        "Mehmet Mustafa Ahmet Emre Burak Murat Can Serkan",
        "Ayşe Elif Zeynep Merve Esra Selin Deniz Gizem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan",
    ),
    "AE": (
        "Omar Khalid Ahmed Saeed Rashid Faisal Yousef Hamdan",
        "Fatima Aisha Mariam Noura Layla Hessa Sara Amna",
        "Al_Mansoori Al_Hashimi Al_Nuaimi Al_Marzooqi Al_Zaabi Haddad Khoury Nasser Saleh Farouk",
    ),
    "IN": (
        "Rahul Arjun Vikram Amit Rohan Sanjay Karthik Nikhil",
        "Priya Ananya Neha Pooja Divya Shreya Kavya Meera",
        "Sharma Patel Gupta Singh Kumar Iyer Reddy Nair Mehta Rao Joshi Menon",
    ),
    "JP": (
        "Hiroshi Takashi Kenji Daisuke Yuki Satoshi",
        "Yuko Aiko Haruka Naomi Akiko Emi",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato",
    ),
    "KR": (
        "Min-jun Ji-hoon Seung-woo Hyun-woo Dong-hyun",
        "Ji-yeon Seo-yeon Min-ji Hye-jin Soo-jin",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim",
    ),
    "IL": (
        "Yosef Noam Itai Eitan Omer",
        "Noa Tamar Maya Yael Shira",
        "Cohen Levi Mizrahi Peretz Biton Friedman Katz Azoulay",
    ),
    "CA": (
        "Liam Noah Ethan Mathieu Gabriel Owen",
        "Chloé Emily Maude Olivia Ava Geneviève",
        "Tremblay Gagnon Roy Côté Bouchard Smith Martin Brown Wilson MacDonald",
    ),
}
NAMES = {
    c: tuple([w.replace("_", " ") for w in part.split()] for part in parts) for c, parts in NAMES.items()
}

COUNTRY = {
    # code: (English name, tz offset h, cities, phone code)
    "FR": (
        "France",
        1,
        ["Paris", "Lyon", "Grenoble", "Toulouse", "Saclay", "Nantes", "Bordeaux", "Marseille"],
        "33",
    ),
    "DE": (
        "Germany",
        1,
        ["Berlin", "Munich", "Dresden", "Hamburg", "Karlsruhe", "Stuttgart", "Frankfurt", "Bremen"],
        "49",
    ),
    "GB": (
        "United Kingdom",
        0,
        ["London", "Cambridge", "Oxford", "Bristol", "Manchester", "Edinburgh"],
        "44",
    ),
    "US": (
        "United States",
        -5,
        ["Boston", "New York", "Washington DC", "San Jose", "Austin", "Chicago"],
        "1",
    ),
    "NL": ("Netherlands", 1, ["Amsterdam", "Eindhoven", "Delft", "Rotterdam", "Utrecht"], "31"),
    "BE": ("Belgium", 1, ["Brussels", "Leuven", "Ghent", "Liège", "Antwerp"], "32"),
    "CH": ("Switzerland", 1, ["Geneva", "Zurich", "Lausanne", "Basel", "Bern"], "41"),
    "IT": ("Italy", 1, ["Milan", "Rome", "Turin", "Pisa", "Bologna"], "39"),
    "ES": ("Spain", 1, ["Madrid", "Barcelona", "Valencia", "Seville"], "34"),
    "PL": ("Poland", 1, ["Warsaw", "Kraków", "Wrocław", "Gdańsk"], "48"),
    "SE": ("Sweden", 1, ["Stockholm", "Gothenburg", "Uppsala", "Lund"], "46"),
    "CN": (
        "China",
        8,
        ["Beijing", "Shanghai", "Shenzhen", "Hefei", "Chengdu", "Wuhan", "Hangzhou", "Xi'an"],
        "86",
    ),
    "HK": ("Hong Kong SAR", 8, ["Hong Kong", "Kowloon", "Sha Tin"], "852"),
    "SG": ("Singapore", 8, ["Singapore"], "65"),
    "RU": ("Russia", 3, ["Moscow", "Saint Petersburg", "Novosibirsk", "Obninsk", "Kazan"], "7"),
    "IR": ("Iran", 3.5, ["Tehran", "Isfahan", "Shiraz", "Tabriz"], "98"),
    "TR": ("Türkiye", 3, ["Istanbul", "Ankara", "Izmir", "Bursa"], "90"),
    "AE": ("United Arab Emirates", 4, ["Dubai", "Abu Dhabi", "Sharjah"], "971"),
    "IN": ("India", 5.5, ["Bengaluru", "Mumbai", "Delhi", "Hyderabad", "Pune", "Chennai"], "91"),
    "JP": ("Japan", 9, ["Tokyo", "Osaka", "Tsukuba", "Kyoto"], "81"),
    "KR": ("South Korea", 9, ["Seoul", "Daejeon", "Suwon", "Busan"], "82"),
    "IL": ("Israel", 2, ["Tel Aviv", "Haifa", "Jerusalem"], "972"),
    "CA": ("Canada", -5, ["Montreal", "Toronto", "Ottawa", "Vancouver"], "1"),
}

LANG_NAMES = {
    "FR": "French",
    "DE": "German",
    "GB": "English",
    "US": "English",
    "NL": "Dutch",
    "BE": "Dutch",
    "CH": "German",
    "IT": "Italian",
    "ES": "Spanish",
    "PL": "Polish",
    "SE": "Swedish",
    "CN": "Chinese",
    "HK": "Cantonese",
    "SG": "Mandarin",
    "RU": "Russian",
    "IR": "Persian",
    "TR": "Turkish",
    "AE": "Arabic",
    "IN": "Hindi",
    "JP": "Japanese",
    "KR": "Korean",
    "IL": "Hebrew",
    "CA": "French",
}

# the language a person is most likely to write in (only en/fr/de are generated)
WRITES = {"FR": "fr", "DE": "de", "CH": "de", "BE": "fr", "CA": "en"}

SCHOOLS = {
    "FR": [
        "Université Paris-Saclay",
        "École Polytechnique",
        "Grenoble INP",
        "Sorbonne Université",
        "INSA Lyon",
        "Sciences Po",
        "Université de Nantes",
        "CentraleSupélec",
        "ENS Lyon",
        "Université Toulouse III",
    ],
    "DE": [
        "TU München",
        "RWTH Aachen",
        "KIT Karlsruhe",
        "TU Dresden",
        "Universität Hamburg",
        "Humboldt-Universität zu Berlin",
        "Universität Stuttgart",
        "Goethe-Universität Frankfurt",
        "LMU München",
    ],
    "GB": [
        "Imperial College London",
        "University of Cambridge",
        "University of Oxford",
        "University of Bristol",
        "UCL",
        "University of Manchester",
        "University of Edinburgh",
        "LSE",
    ],
    "US": [
        "MIT",
        "Stanford University",
        "Georgia Tech",
        "University of Michigan",
        "UC Berkeley",
        "Purdue University",
    ],
    "NL": ["TU Delft", "TU Eindhoven", "University of Amsterdam", "Utrecht University"],
    "BE": ["KU Leuven", "Université libre de Bruxelles", "Ghent University", "UCLouvain"],
    "CH": ["ETH Zürich", "EPFL", "University of Geneva", "University of Basel"],
    "IT": [
        "Politecnico di Milano",
        "Sapienza University of Rome",
        "University of Bologna",
        "Politecnico di Torino",
    ],
    "ES": ["Universidad Politécnica de Madrid", "Universitat de Barcelona", "Universidad Carlos III"],
    "PL": ["Warsaw University of Technology", "Jagiellonian University", "AGH Kraków"],
    "SE": ["KTH Royal Institute of Technology", "Chalmers", "Lund University", "Uppsala University"],
    "CN": [
        "Tsinghua University",
        "Peking University",
        "Zhejiang University",
        "Fudan University",
        "Shanghai Jiao Tong University",
        "Harbin Institute of Technology",
        "USTC",
    ],
    "HK": [
        "University of Hong Kong",
        "HKUST",
        "Chinese University of Hong Kong",
        "City University of Hong Kong",
    ],
    "SG": ["National University of Singapore", "Nanyang Technological University", "SMU"],
    "RU": [
        "Lomonosov Moscow State University",
        "MIPT",
        "MEPhI",
        "ITMO University",
        "Bauman Moscow State Technical University",
    ],
    "IR": [
        "Sharif University of Technology",
        "University of Tehran",
        "Amirkabir University of Technology",
        "Isfahan University of Technology",
    ],
    "TR": [
        "Middle East Technical University",
        "Boğaziçi University",
        "Istanbul Technical University",
        "Bilkent University",
    ],
    "AE": ["Khalifa University", "American University of Sharjah", "United Arab Emirates University"],
    "IN": ["IIT Bombay", "IIT Delhi", "IISc Bangalore", "IIT Madras"],
    "JP": ["University of Tokyo", "Kyoto University", "Tohoku University", "Osaka University"],
    "KR": ["KAIST", "Seoul National University", "POSTECH", "Yonsei University"],
    "IL": ["Technion", "Tel Aviv University", "Weizmann Institute", "Hebrew University of Jerusalem"],
    "CA": ["McGill University", "University of Toronto", "Polytechnique Montréal", "University of Waterloo"],
}

DEGREES = [
    "PhD",
    "MSc",
    "Master's degree",
    "MEng",
    "BSc",
    "Diplom-Ingenieur",
    "Diplôme d'ingénieur",
    "MBA",
    "Doctorat",
    "MA",
]

# ---------------------------------------------------------------------------
# Sectors
# ---------------------------------------------------------------------------

SECTOR_NAME = {
    "nuclear": ("nuclear energy", "le nucléaire", "Kernenergie"),
    "semiconductors": ("semiconductors", "les semi-conducteurs", "Halbleiter"),
    "supercomputing": ("high-performance computing", "le calcul haute performance", "Hochleistungsrechnen"),
    "health": ("healthcare", "la santé", "Gesundheit"),
    "green-energy": ("renewable energy", "les énergies renouvelables", "erneuerbare Energien"),
    "defence": ("defence", "la défense", "Verteidigung"),
    "economy-finance": ("economics and finance", "l'économie et la finance", "Wirtschaft und Finanzen"),
    "ai": ("artificial intelligence", "l'intelligence artificielle", "Künstliche Intelligenz"),
    "public-administration": ("public administration", "l'administration publique", "öffentliche Verwaltung"),
}

TOPICS = {
    "nuclear": [
        ("small modular reactors", "les petits réacteurs modulaires", "kleine modulare Reaktoren"),
        ("reactor safety analysis", "l'analyse de sûreté des réacteurs", "Reaktorsicherheitsanalyse"),
        ("the nuclear fuel cycle", "le cycle du combustible", "Brennstoffkreislauf"),
        ("radioactive waste management", "la gestion des déchets radioactifs", "Endlagerforschung"),
        ("fusion plasma physics", "la physique des plasmas de fusion", "Fusionsplasmaphysik"),
    ],
    "semiconductors": [
        ("EUV lithography", "la lithographie EUV", "EUV-Lithografie"),
        ("power electronics", "l'électronique de puissance", "Leistungselektronik"),
        ("advanced packaging", "le packaging avancé", "Advanced Packaging"),
        ("wafer process integration", "l'intégration des procédés", "Prozessintegration"),
        ("compound semiconductors", "les semi-conducteurs composés", "Verbindungshalbleiter"),
    ],
    "supercomputing": [
        ("exascale systems", "les systèmes exaflopiques", "Exascale-Systeme"),
        ("HPC interconnects", "les réseaux d'interconnexion HPC", "HPC-Interconnects"),
        ("climate simulation codes", "les codes de simulation climatique", "Klimasimulation"),
        ("quantum-HPC integration", "l'intégration quantique-HPC", "Quanten-HPC-Integration"),
    ],
    "health": [
        ("vaccine development", "le développement de vaccins", "Impfstoffentwicklung"),
        (
            "infectious disease surveillance",
            "la surveillance des maladies infectieuses",
            "Infektionsüberwachung",
        ),
        ("clinical trials", "les essais cliniques", "klinische Studien"),
        ("genomic medicine", "la médecine génomique", "Genommedizin"),
        ("medical imaging AI", "l'IA en imagerie médicale", "KI in der Bildgebung"),
    ],
    "green-energy": [
        ("offshore wind", "l'éolien en mer", "Offshore-Windenergie"),
        ("green hydrogen", "l'hydrogène vert", "grüner Wasserstoff"),
        ("battery storage", "le stockage par batteries", "Batteriespeicher"),
        ("grid integration", "l'intégration au réseau", "Netzintegration"),
        ("solar cell efficiency", "le rendement des cellules solaires", "Solarzellen-Effizienz"),
    ],
    "defence": [
        ("armoured vehicle systems", "les systèmes de véhicules blindés", "gepanzerte Fahrzeugsysteme"),
        ("radar signal processing", "le traitement du signal radar", "Radarsignalverarbeitung"),
        ("missile guidance", "le guidage des missiles", "Lenkflugkörpertechnik"),
        (
            "military satellite communications",
            "les communications militaires par satellite",
            "militärische Satellitenkommunikation",
        ),
        ("defence procurement", "les acquisitions de défense", "Rüstungsbeschaffung"),
    ],
    "economy-finance": [
        ("sovereign debt management", "la gestion de la dette souveraine", "Staatsschuldenmanagement"),
        ("financial stability", "la stabilité financière", "Finanzstabilität"),
        ("trade policy", "la politique commerciale", "Handelspolitik"),
        ("foreign investment screening", "le contrôle des investissements étrangers", "Investitionsprüfung"),
        ("monetary policy", "la politique monétaire", "Geldpolitik"),
    ],
    "ai": [
        ("large language models", "les grands modèles de langage", "große Sprachmodelle"),
        ("computer vision", "la vision par ordinateur", "Computer Vision"),
        ("AI safety", "la sûreté de l'IA", "KI-Sicherheit"),
        ("reinforcement learning", "l'apprentissage par renforcement", "Reinforcement Learning"),
        ("AI accelerators", "les accélérateurs d'IA", "KI-Beschleuniger"),
    ],
    "public-administration": [
        ("digital identity", "l'identité numérique", "digitale Identität"),
        ("e-government platforms", "les plateformes d'administration en ligne", "E-Government-Plattformen"),
        ("public procurement", "la commande publique", "öffentliche Beschaffung"),
        ("cybersecurity policy", "la politique de cybersécurité", "Cybersicherheitspolitik"),
        ("civil service reform", "la réforme de la fonction publique", "Verwaltungsreform"),
    ],
}

SKILLS = {
    "nuclear": [
        "Nuclear Engineering",
        "Reactor Physics",
        "MCNP",
        "Safety Analysis",
        "Thermal Hydraulics",
        "Radiation Protection",
        "Monte Carlo",
        "Neutronics",
    ],
    "semiconductors": [
        "Semiconductor Process",
        "Lithography",
        "Cleanroom",
        "CMOS",
        "TCAD",
        "Failure Analysis",
        "Thin Films",
        "Yield Enhancement",
    ],
    "supercomputing": [
        "HPC",
        "MPI",
        "CUDA",
        "Parallel Computing",
        "Slurm",
        "Linux",
        "Fortran",
        "Performance Tuning",
    ],
    "health": [
        "Clinical Research",
        "Epidemiology",
        "Biostatistics",
        "GCP",
        "Immunology",
        "Public Health",
        "Medical Imaging",
        "Genomics",
    ],
    "green-energy": [
        "Wind Energy",
        "Power Systems",
        "Hydrogen",
        "Energy Storage",
        "Photovoltaics",
        "Grid Integration",
        "Project Finance",
    ],
    "defence": [
        "Systems Engineering",
        "Radar",
        "Defence Procurement",
        "Requirements Management",
        "Signal Processing",
        "MBSE",
        "Project Management",
    ],
    "economy-finance": [
        "Macroeconomics",
        "Econometrics",
        "Financial Regulation",
        "Public Finance",
        "Risk Management",
        "Stata",
        "Policy Analysis",
    ],
    "ai": [
        "Machine Learning",
        "Deep Learning",
        "Python",
        "PyTorch",
        "Computer Vision",
        "NLP",
        "MLOps",
        "Reinforcement Learning",
    ],
    "public-administration": [
        "Public Policy",
        "Digital Transformation",
        "Procurement",
        "Change Management",
        "Project Management",
        "GovTech",
    ],
    None: [
        "Leadership",
        "Communication",
        "Project Management",
        "Strategy",
        "Negotiation",
        "Business Development",
        "Microsoft Office",
    ],
}

SECTOR_ROLES = {
    "nuclear": (
        [
            "Reactor Physicist",
            "Safety Engineer",
            "Research Engineer",
            "PhD Researcher",
            "Radiation Protection Officer",
        ],
        [
            "Senior Safety Engineer",
            "Lead Reactor Physicist",
            "Project Manager, Fuel Cycle",
            "Senior Researcher",
        ],
        ["Head of Reactor Safety", "Director of Nuclear Programmes", "Deputy Director, Research"],
    ),
    "semiconductors": (
        ["Process Engineer", "Lithography Engineer", "Yield Engineer", "Device Engineer", "Test Engineer"],
        [
            "Senior Process Integration Engineer",
            "Principal Device Engineer",
            "Fab Project Lead",
            "Senior Lithography Engineer",
        ],
        ["VP Technology", "Head of R&D", "Fab Director", "Chief Technology Officer"],
    ),
    "supercomputing": (
        [
            "HPC Systems Engineer",
            "Research Software Engineer",
            "System Administrator",
            "Performance Engineer",
        ],
        ["Senior HPC Architect", "Lead Research Software Engineer", "HPC Project Manager"],
        ["Head of HPC Operations", "Director of Computing", "Chief Architect"],
    ),
    "health": (
        [
            "Clinical Research Associate",
            "Epidemiologist",
            "Resident Physician",
            "Data Manager",
            "Research Nurse",
        ],
        ["Senior Epidemiologist", "Consultant Physician", "Principal Investigator", "Head of Unit, Virology"],
        ["Medical Director", "Head of Infectious Diseases", "Director of Research"],
    ),
    "green-energy": (
        ["Wind Energy Engineer", "Electrical Engineer", "Analyst, Energy Markets", "Hydrogen Engineer"],
        ["Senior Grid Engineer", "Project Manager Offshore", "Lead Electrolyser Engineer"],
        ["Head of Engineering", "Chief Technology Officer", "Director, New Energies"],
    ),
    "defence": (
        ["Systems Engineer", "Programme Officer", "Test Engineer", "Procurement Officer", "Analyst"],
        [
            "Senior Systems Engineer",
            "Programme Manager",
            "Technical Lead, Radar",
            "Senior Procurement Officer",
        ],
        ["Head of Programmes", "Deputy Director, Armament", "Director of Capability"],
    ),
    "economy-finance": (
        ["Economist", "Financial Analyst", "Policy Officer", "Statistician"],
        ["Senior Economist", "Head of Section", "Senior Risk Analyst", "Deputy Head of Unit"],
        ["Director of Economic Studies", "Chief Economist", "Head of Department"],
    ),
    "ai": (
        ["Machine Learning Engineer", "Research Scientist", "Data Scientist", "PhD Researcher"],
        ["Senior Research Scientist", "Lead ML Engineer", "Staff Engineer", "Research Team Lead"],
        ["Head of AI Research", "Chief Scientist", "VP Machine Learning"],
    ),
    "public-administration": (
        ["Policy Officer", "Digital Project Officer", "Legal Officer", "Analyst"],
        ["Head of Digital Services", "Senior Policy Adviser", "Programme Manager"],
        ["Director General", "Deputy Director", "Chief Digital Officer"],
    ),
}

# Protected organisations (invented).  name, institution type, sector, country, city
ORG_POOL = [
    ("Institut de Recherche sur les Réacteurs Avancés", "national", "nuclear", "FR", "Saclay"),
    ("Forschungszentrum für Kerntechnik Süd", "national", "nuclear", "DE", "Karlsruhe"),
    ("Silvane Semiconducteurs", "private", "semiconductors", "FR", "Grenoble"),
    ("Elbtal Halbleiter GmbH", "private", "semiconductors", "DE", "Dresden"),
    ("Centre National de Calcul Intensif", "national", "supercomputing", "FR", "Bordeaux"),
    ("Rechenzentrum Nord", "academic", "supercomputing", "DE", "Hamburg"),
    ("Centre Hospitalier Universitaire de la Loire", "health", "health", "FR", "Nantes"),
    ("Northbridge Biomedical Institute", "academic", "health", "GB", "Cambridge"),
    ("Aeolis Énergies Renouvelables", "private", "green-energy", "FR", "Toulouse"),
    ("Nordwind Energiesysteme AG", "private", "green-energy", "DE", "Bremen"),
    ("Direction des Programmes d'Armement Terrestre", "national", "defence", "FR", "Paris"),
    ("Harwell Defence Systems Ltd", "private", "defence", "GB", "Bristol"),
    ("Direction des Études Économiques et Financières", "national", "economy-finance", "FR", "Paris"),
    ("Bundesinstitut für Finanzmarktstabilität", "national", "economy-finance", "DE", "Frankfurt"),
    ("Lumen AI Research", "private", "ai", "FR", "Paris"),
    ("Thames Machine Intelligence Lab", "academic", "ai", "GB", "London"),
    ("Agence de la Transformation Numérique de l'État", "national", "public-administration", "FR", "Paris"),
    ("Landesamt für Verwaltungsdigitalisierung", "national", "public-administration", "DE", "Stuttgart"),
    ("Fondation pour l'Innovation Énergétique", "other", "green-energy", "FR", "Lyon"),
]

PROJECTS = [
    "ATLAS",
    "Helios",
    "Nordlicht",
    "Orion-2",
    "Pegasus",
    "Sirius",
    "Castor",
    "Aurora",
    "Boreal",
    "Kestrel",
    "Vega",
    "Lyra",
    "Mistral",
    "Polaris",
    "Triton",
    "Zephyr",
    "Andromeda",
    "Cygnus",
]

SECTOR_WORD = {
    "nuclear": ["Nuclear Engineering", "Reactor Physics", "Nuclear Safety", "Fusion Research"],
    "semiconductors": ["Microelectronics", "Semiconductor", "Photonics", "Wafer Technologies"],
    "supercomputing": ["Scientific Computing", "High Performance Computing", "Computational Science"],
    "health": ["Biomedical Research", "Public Health", "Clinical Sciences", "Vaccine Research"],
    "green-energy": ["Energy Systems", "Renewable Energy", "Hydrogen Technologies", "Wind Power"],
    "defence": ["Defence Technology", "Aerospace Systems", "Security Research", "Systems Engineering"],
    "economy-finance": ["Economic Research", "Financial Studies", "Applied Economics"],
    "ai": ["Artificial Intelligence", "Machine Learning", "Data Science", "Intelligent Systems"],
    "public-administration": ["Public Policy", "Digital Government", "Public Management"],
}
ORG_SUFFIX = [
    "Institute",
    "Centre",
    "Laboratory",
    "Ltd",
    "Group",
    "Research Centre",
    "GmbH",
    "Department",
    "Technologies",
]

# Genuine recruiting firms: name, country, logo style, house template, sectors (None = generalist)
RECRUIT_FIRMS = [
    ("Kestrel Search Partners", "GB", True, True, ["defence", "nuclear", "green-energy"]),
    ("Talentia Conseil", "FR", False, True, ["health", "public-administration", "economy-finance"]),
    ("Adlerhorst Personalberatung", "DE", True, False, ["semiconductors", "supercomputing", "ai"]),
    ("Meridian Technical Recruitment", "GB", False, True, ["semiconductors", "nuclear", "defence"]),
    ("Brightwater Executive Search", "US", True, True, ["ai", "economy-finance", "supercomputing"]),
    ("Altitude RH", "FR", False, False, ["ai", "green-energy", "semiconductors"]),
    ("Nexus Talent Asia", "SG", True, True, ["semiconductors", "ai", "health"]),
    ("Gulf Talent Partners", "AE", False, False, ["nuclear", "green-energy", "defence"]),
]

# Genuine event organisers: organiser name, country, events [(event name, city, sector)]
ORGANISERS = [
    (
        "Danube Energy Events GmbH",
        "CH",
        [("European SMR Forum", "Vienna", "nuclear"), ("Fusion Industry Days", "Geneva", "nuclear")],
    ),
    (
        "Semicon Strategy Events Ltd",
        "GB",
        [
            ("Semiconductor Strategy Summit", "Munich", "semiconductors"),
            ("Advanced Packaging Europe", "Dresden", "semiconductors"),
        ],
    ),
    ("HPC Frontiers Association", "DE", [("HPC Frontiers Conference", "Hamburg", "supercomputing")]),
    ("Lion City Health Congresses", "SG", [("Asia-Pacific Digital Health Congress", "Singapore", "health")]),
    (
        "Gulf Clean Energy Forum",
        "AE",
        [
            ("Clean Energy Transition Forum", "Abu Dhabi", "green-energy"),
            ("Hydrogen Week Gulf", "Dubai", "green-energy"),
        ],
    ),
    ("Defence Technology Symposia Ltd", "GB", [("Defence Technology Symposium", "London", "defence")]),
    ("Harbour Policy Dialogues", "HK", [("Global Finance Policy Dialogue", "Hong Kong", "economy-finance")]),
    ("Paris AI Governance Forum", "FR", [("AI Governance Summit", "Paris", "ai")]),
    ("Eurogov Events SPRL", "BE", [("Public Sector Innovation Days", "Brussels", "public-administration")]),
    (
        "Yangtze Nuclear Cooperation Secretariat",
        "CN",
        [("Asia Nuclear Cooperation Forum", "Shanghai", "nuclear")],
    ),
    ("Bosphorus Energy Week", "TR", [("Istanbul Energy Week", "Istanbul", "green-energy")]),
    (
        "Lisbon Quantum & HPC Meetings",
        "ES",
        [("Iberian HPC & Quantum Meeting", "Lisbon", "supercomputing"), ("Applied AI Days", "Madrid", "ai")],
    ),
]

FAKE_CONSULTANCIES = [
    "Orion Strategic Advisory",
    "Bluewater Insight Partners",
    "Crestline Global Consulting",
    "Eastgate Advisory Group",
    "Sterling Horizon Consulting",
    "Atlas Policy Partners",
    "Meridian Strategic Insight",
    "Harbourline Research",
    "Pinnacle Expert Network",
    "Silverbridge Associates",
    "Northstar Industry Insights",
    "Lambert & Cole Advisory",
]
FAKE_THINKTANKS = [
    "Institute for Global Technology Dialogue",
    "Centre for Strategic Innovation Studies",
    "Eurasia Future Forum",
    "International Energy Policy Institute",
    "Council for Emerging Technologies",
    "New Horizons Policy Institute",
    "Geneva Centre for Technology and Security",
    "Foundation for Transcontinental Cooperation",
]
FAKE_FORUMS = [
    "International Forum on Advanced Technologies",
    "Global Innovation Leaders Summit",
    "Asia-Europe Technology Dialogue",
    "World Future Energy Roundtable",
    "High-Level Forum on Strategic Industries",
    "International Symposium on Emerging Science",
]
FAKE_INSTITUTES = [
    "Institute of Applied Strategic Research",
    "Centre for Comparative Technology Policy",
    "Academy of Frontier Sciences Studies",
    "International Institute for Industrial Foresight",
]
FAKE_SEARCH = [
    "Apex Talent Bridge",
    "Global Executive Connect",
    "Summit Search International",
    "Evergreen Headhunting Group",
]

ABROAD_CITIES = [
    "Beijing",
    "Shanghai",
    "Shenzhen",
    "Hong Kong",
    "Singapore",
    "Dubai",
    "Abu Dhabi",
    "Istanbul",
    "Moscow",
    "Geneva",
    "Vienna",
    "Tokyo",
    "Seoul",
    "Bangkok",
    "Kuala Lumpur",
    "Doha",
    "Macau",
    "Hangzhou",
    "Boston",
    "Lisbon",
]

APPS = ["WeChat", "WhatsApp", "Telegram", "Signal", "Skype", "Line", "Viber"]

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
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
}

# ---------------------------------------------------------------------------
# Text fragments.  Each key carries the categories its sentences express.
# ---------------------------------------------------------------------------

T: dict[str, dict[str, list[str]]] = {}
CATS: dict[str, tuple[str, ...]] = {}


def P(key: str, cats: tuple[str, ...], en: list[str], fr: list[str], de: list[str]) -> None:
    T[key] = {"en": en, "fr": fr, "de": de}
    CATS[key] = cats


# shared by everybody -------------------------------------------------------
P(
    "greet",
    (),
    [
        "Hi {first},",
        "Hello {first},",
        "Dear {first},",
        "Dear {first} {last},",
        "Good morning {first},",
        "Hi {first}!",
        "Hello,",
        "Hey {first},",
    ],
    [
        "Bonjour {first},",
        "Bonjour {first} {last},",
        "{cher} {first},",
        "Bonjour,",
        "Bonsoir {first},",
        "Salut {first},",
    ],
    [
        "Hallo {first},",
        "Guten Tag {first} {last},",
        "{sehr} {last},",
        "Hallo {first} {last},",
        "Guten Tag,",
        "Hi {first},",
        "Moin {first},",
    ],
)
P(
    "closer",
    (),
    [
        "Best regards,\n{me}",
        "Kind regards,\n{me}",
        "Best,\n{my_first}",
        "Thanks,\n{my_first}",
        "Looking forward to hearing from you.\n{me}",
        "Cheers,\n{my_first}",
        "All the best,\n{my_first}",
        "Regards, {my_first}",
    ],
    [
        "Bien cordialement,\n{me}",
        "Cordialement,\n{me}",
        "Bien à vous,\n{my_first}",
        "Merci d'avance,\n{my_first}",
        "Au plaisir d'échanger,\n{me}",
        "Belle journée,\n{my_first}",
        "Bonne soirée, {my_first}",
    ],
    [
        "Viele Grüße\n{me}",
        "Beste Grüße,\n{my_first}",
        "Mit freundlichen Grüßen\n{me}",
        "Danke und viele Grüße\n{my_first}",
        "Herzliche Grüße\n{my_first}",
        "LG {my_first}",
        "Schöne Grüße, {my_first}",
    ],
)

# fake personas ---------------------------------------------------------------
P(
    "f_flattery",
    ("flattery",),
    [
        "I came across your profile and was genuinely impressed by your work on {topic}.",
        "Your experience in {topic} is exactly the kind of expertise our clients are looking for.",
        "As a recognised expert in {sector_name}, your perspective would be extremely valuable to us.",
        "I have been following your career for a while - your contribution to {topic} is remarkable.",
        "Few people have your depth of knowledge on {topic}, which is why I am writing to you personally.",
        "Your profile really stands out: an outstanding background in {topic} and a high-impact career.",
        "Our team has read about your work at {org} and we consider you one of the most talented people in the field.",
        "It is rare to find someone with such a strong track record in {sector_name}.",
        "You are clearly one of the leading voices on {topic} in Europe.",
    ],
    [
        "J'ai découvert votre profil et j'ai été vraiment impressionné par vos travaux sur {topic}.",
        "Votre expérience sur {topic} correspond exactement à l'expertise que recherchent nos clients.",
        "En tant qu'expert reconnu dans {sector_name}, votre regard nous serait extrêmement précieux.",
        "Je suis votre parcours depuis un moment : votre contribution sur {topic} est remarquable.",
        "Peu de personnes maîtrisent aussi bien que vous {topic}, c'est pourquoi je vous écris personnellement.",
        "Votre profil se distingue vraiment : un parcours exceptionnel et une carrière à fort impact.",
        "Notre équipe a lu des articles sur votre travail chez {org} et vous considère comme l'un des meilleurs experts du domaine.",
        "Il est rare de trouver un parcours aussi solide dans {sector_name}.",
    ],
    [
        "Ich bin auf Ihr Profil gestoßen und war von Ihrer Arbeit zum Thema {topic} sehr beeindruckt.",
        "Ihre Erfahrung im Bereich {topic} ist genau die Expertise, die unsere Kunden suchen.",
        "Als ausgewiesene Fachperson im Bereich {sector_name} wäre Ihre Einschätzung für uns äußerst wertvoll.",
        "Ich verfolge Ihren Werdegang schon länger – Ihr Beitrag zum Thema {topic} ist bemerkenswert.",
        "Nur wenige kennen sich im Bereich {topic} so gut aus wie Sie, deshalb schreibe ich Ihnen persönlich.",
        "Ihr Profil sticht wirklich heraus: ein hervorragender Hintergrund und eine beeindruckende Karriere.",
        "Unser Team hat von Ihrer Arbeit bei {org} gelesen, und wir halten Sie für eine der talentiertesten Personen in diesem Feld.",
        "Selten findet man eine so starke Erfolgsbilanz im Bereich {sector_name}.",
    ],
)
P(
    "f_intro_consultant",
    (),
    [
        "I'm {mytitle} at {myorg}, where we advise {client_type} on their {sector_name} strategy.",
        "My name is {me} and I work for {myorg}, a boutique consultancy with clients in {region}.",
        "I lead a small team at {myorg} that prepares market and policy studies for {client_type}.",
        "I work with {myorg}; we support {client_type} who need independent expert views on {topic}.",
        "I'm a consultant with {myorg} and my clients are mainly {client_type}.",
    ],
    [
        "Je suis {mytitle} chez {myorg}, un cabinet qui conseille {client_type} sur leur stratégie dans {sector_name}.",
        "Je m'appelle {me} et je travaille pour {myorg}, un cabinet de conseil avec des clients en {region}.",
        "Je dirige une petite équipe chez {myorg} qui réalise des études de marché et de politique publique pour {client_type}.",
        "Je suis consultant chez {myorg} ; nous accompagnons {client_type} qui ont besoin d'avis d'experts indépendants.",
    ],
    [
        "Ich bin {mytitle} bei {myorg}; wir beraten {client_type} zu Strategiefragen im Bereich {sector_name}.",
        "Mein Name ist {me}, ich arbeite für {myorg}, eine Boutique-Beratung mit Kunden in {region}.",
        "Bei {myorg} leite ich ein kleines Team, das Markt- und Politikstudien für {client_type} erstellt.",
        "Ich bin Berater bei {myorg} und unterstütze {client_type}, die unabhängige Expertenmeinungen brauchen.",
    ],
)
P(
    "f_intro_thinktank",
    (),
    [
        "I am {mytitle} at {myorg}, an independent think tank working on technology and international affairs.",
        "At {myorg} we publish policy papers on {sector_name} and organise closed-door dialogues between experts.",
        "I coordinate a research programme on {topic} at {myorg}, a policy institute based in {mycity}.",
        "I work for {myorg}; we connect policymakers and senior experts on strategic technology questions.",
    ],
    [
        "Je suis {mytitle} à {myorg}, un think tank indépendant spécialisé dans les technologies et les relations internationales.",
        "À {myorg}, nous publions des notes sur {sector_name} et organisons des dialogues à huis clos entre experts.",
        "Je coordonne un programme de recherche sur {topic} à {myorg}, un institut basé à {mycity}.",
    ],
    [
        "Ich bin {mytitle} bei {myorg}, einem unabhängigen Thinktank zu Technologie und internationalen Beziehungen.",
        "Bei {myorg} veröffentlichen wir Policy Papers im Bereich {sector_name} und organisieren vertrauliche Expertendialoge.",
        "Ich koordiniere bei {myorg} in {mycity} ein Forschungsprogramm zum Thema {topic}.",
    ],
)
P(
    "f_intro_headhunter",
    (),
    [
        "I'm a headhunter with {myorg}, focused on senior technical profiles in {sector_name}.",
        "I work in executive search at {myorg} and handle a few confidential mandates in {sector_name}.",
        "I recruit for {myorg}'s technology practice; our clients are mostly large groups in {region}.",
        "I'm {mytitle} at {myorg} and I place senior engineers and scientists with international clients.",
    ],
    [
        "Je suis chasseur de têtes chez {myorg}, spécialisé dans les profils techniques seniors dans {sector_name}.",
        "Je travaille en recherche de cadres chez {myorg} et je gère quelques mandats confidentiels dans {sector_name}.",
        "Je suis {mytitle} chez {myorg} et je place des ingénieurs et scientifiques seniors auprès de clients internationaux.",
    ],
    [
        "Ich bin Headhunter bei {myorg} und auf technische Führungskräfte im Bereich {sector_name} spezialisiert.",
        "Ich arbeite in der Direktansprache bei {myorg} und betreue einige vertrauliche Mandate im Bereich {sector_name}.",
        "Ich bin {mytitle} bei {myorg} und vermittle erfahrene Ingenieure und Wissenschaftler an internationale Kunden.",
    ],
)
P(
    "f_intro_researcher",
    (),
    [
        "I'm a research fellow at {myorg} working on {topic}.",
        "I am preparing a comparative study on {topic} at {myorg} and I'm looking for experienced practitioners.",
        "I am {mytitle} at {myorg}; our group studies international cooperation in {sector_name}.",
    ],
    [
        "Je suis chercheur à {myorg} et je travaille sur {topic}.",
        "Je prépare une étude comparative sur {topic} à {myorg} et je cherche des praticiens expérimentés.",
        "Je suis {mytitle} à {myorg} ; notre groupe étudie la coopération internationale dans {sector_name}.",
    ],
    [
        "Ich bin wissenschaftlicher Mitarbeiter am {myorg} und arbeite zum Thema {topic}.",
        "Am {myorg} bereite ich eine Vergleichsstudie zum Thema {topic} vor und suche erfahrene Praktiker.",
        "Ich bin {mytitle} am {myorg}; unsere Gruppe untersucht internationale Kooperation im Bereich {sector_name}.",
    ],
)
P(
    "f_intro_conference",
    (),
    [
        "I'm {mytitle} of the {forum}, which brings together leading experts and decision-makers every year.",
        "On behalf of the organising committee of the {forum}, I am reaching out to a small number of distinguished experts.",
        "I'm in charge of the speaker programme at the {forum}.",
    ],
    [
        "Je suis {mytitle} du {forum}, qui réunit chaque année des experts et décideurs de premier plan.",
        "Au nom du comité d'organisation du {forum}, je contacte un petit nombre d'experts reconnus.",
        "Je suis responsable du programme des intervenants du {forum}.",
    ],
    [
        "Ich bin {mytitle} des {forum}, das jedes Jahr führende Experten und Entscheidungsträger zusammenbringt.",
        "Im Namen des Organisationskomitees des {forum} wende ich mich an einige ausgewählte Experten.",
        "Ich bin für das Rednerprogramm des {forum} zuständig.",
    ],
)
P(
    "f_intro_rep",
    (),
    [
        "I represent {myorg}'s business development team.",
        "I'm in charge of partnerships at {myorg}.",
        "I handle client relations for {myorg} in {region}.",
    ],
    [
        "Je représente l'équipe de développement commercial de {myorg}.",
        "Je suis responsable des partenariats chez {myorg}.",
    ],
    [
        "Ich vertrete das Business-Development-Team von {myorg}.",
        "Ich bin bei {myorg} für Partnerschaften zuständig.",
    ],
)
P(
    "f_intro_recruiter",
    (),
    [
        "I'm {mytitle} at {myorg}.",
        "I work on the technical hiring team at {myorg}.",
        "I'm part of {myorg}'s {sector_name} desk.",
    ],
    ["Je suis {mytitle} chez {myorg}.", "Je fais partie de l'équipe de recrutement technique de {myorg}."],
    ["Ich bin {mytitle} bei {myorg}.", "Ich arbeite im technischen Recruiting-Team von {myorg}."],
)
P(
    "f_handoff",
    (),
    [
        "My colleague {other} told me you might be interested in our project.",
        "{other} passed me your details and suggested I contact you directly.",
        "Following your exchange with {other}, I will be the one coordinating the next steps with you.",
        "{other} speaks very highly of you and asked me to get in touch.",
    ],
    [
        "Mon collègue {other} m'a dit que notre projet pourrait vous intéresser.",
        "{other} m'a transmis vos coordonnées et m'a suggéré de vous contacter directement.",
        "Suite à votre échange avec {other}, c'est moi qui coordonnerai la suite avec vous.",
    ],
    [
        "Mein Kollege {other} hat mir gesagt, dass Sie an unserem Projekt interessiert sein könnten.",
        "{other} hat mir Ihre Kontaktdaten gegeben und vorgeschlagen, dass ich mich direkt melde.",
        "Nach Ihrem Austausch mit {other} werde ich die nächsten Schritte mit Ihnen koordinieren.",
    ],
)
P(
    "f_mutual",
    (),
    [
        "We have several mutual connections at {org}, so I thought it natural to reach out.",
        "I noticed we share a few contacts, including people from {org}.",
    ],
    [
        "Nous avons plusieurs relations en commun chez {org}, il m'a semblé naturel de vous écrire.",
        "J'ai vu que nous avons quelques contacts en commun, notamment chez {org}.",
    ],
    [
        "Wir haben mehrere gemeinsame Kontakte bei {org}, daher dachte ich, ich melde mich einfach.",
        "Ich habe gesehen, dass wir einige gemeinsame Kontakte haben, auch bei {org}.",
    ],
)
P(
    "f_hook_connect",
    (),
    [
        "I would be glad to connect and exchange views on {topic}.",
        "It would be great to have you in my network.",
        "I'd like to add you to my professional network.",
        "Would be happy to connect with you.",
        "Looking forward to exchanging ideas with you.",
    ],
    [
        "Je serais ravi d'échanger avec vous sur {topic}.",
        "Ce serait un plaisir de vous compter dans mon réseau.",
        "Je souhaiterais vous ajouter à mon réseau professionnel.",
    ],
    [
        "Ich würde mich freuen, mich mit Ihnen zum Thema {topic} auszutauschen.",
        "Es wäre schön, Sie in meinem Netzwerk zu haben.",
        "Ich würde Sie gern zu meinem beruflichen Netzwerk hinzufügen.",
    ],
)
P(
    "f_hook_opp",
    (),
    [
        "I have an opportunity that may interest you.",
        "There is a project I'd like to discuss with you when you have a moment.",
        "I have something that could be of interest to someone with your profile.",
        "I'd love to tell you about a collaboration.",
    ],
    [
        "J'ai une opportunité qui pourrait vous intéresser.",
        "J'aimerais vous parler d'un projet quand vous aurez un moment.",
        "J'ai quelque chose qui pourrait intéresser quelqu'un avec votre profil.",
    ],
    [
        "Ich habe eine Gelegenheit, die Sie interessieren könnte.",
        "Es gibt ein Projekt, über das ich gern mit Ihnen sprechen würde.",
        "Ich hätte etwas, das für jemanden mit Ihrem Profil interessant sein könnte.",
    ],
)
P(
    "f_question",
    (),
    [
        "What are you working on these days?",
        "How do you see the next few years for {topic}?",
        "Are you still mostly focused on {topic}?",
        "I'd be curious to know what you think of recent developments in {sector_name}.",
    ],
    [
        "Sur quoi travaillez-vous en ce moment ?",
        "Comment voyez-vous les prochaines années pour {sector_name} ?",
        "Êtes-vous toujours principalement sur {topic} ?",
    ],
    [
        "Woran arbeiten Sie derzeit?",
        "Wie sehen Sie die nächsten Jahre im Bereich {topic}?",
        "Sind Sie immer noch hauptsächlich im Bereich {topic} tätig?",
    ],
)
P(
    "f_paid_work",
    ("paid-work",),
    [
        "Our client is looking for short analytical reports (5-10 pages) on {topic} and would pay {fee} per report.",
        "We would like to commission a short paper from you on {topic}; the fee is {fee}, paid promptly.",
        "It would only take a few hours of your time and we offer {fee} for a one-hour consultation.",
        "We are building a panel of experts for occasional paid consultations on {topic} - usually {fee} per session.",
        "The assignment is flexible, remote and very well paid ({fee} for a first report).",
        "Our client is prepared to pay {fee} for your views on future developments in {sector_name}.",
        "We pay {fee} for a short written opinion, no preparation needed.",
    ],
    [
        "Notre client recherche de courts rapports d'analyse (5 à 10 pages) sur {topic} et propose {fee} par rapport.",
        "Nous aimerions vous commander une courte note sur {topic} ; la rémunération serait de {fee}.",
        "Cela ne vous prendrait que quelques heures et nous proposons {fee} pour une consultation d'une heure.",
        "Nous constituons un panel d'experts pour des consultations rémunérées ponctuelles, en général {fee} la séance.",
        "La mission est flexible, à distance, et très bien rémunérée ({fee} pour un premier rapport).",
    ],
    [
        "Unser Kunde sucht kurze Analyseberichte (5–10 Seiten) zum Thema {topic} und zahlt {fee} pro Bericht.",
        "Wir würden gern ein kurzes Papier zum Thema {topic} bei Ihnen in Auftrag geben; das Honorar beträgt {fee}.",
        "Es würde Sie nur wenige Stunden kosten, und wir bieten {fee} für ein einstündiges Gespräch.",
        "Wir bauen einen Expertenkreis für gelegentliche bezahlte Beratungen auf – in der Regel {fee} pro Termin.",
        "Der Auftrag ist flexibel, remote und sehr gut vergütet ({fee} für einen ersten Bericht).",
    ],
)
P(
    "f_paid_travel",
    ("paid-travel", "event-invitation"),
    [
        "We would like to invite you to a closed-door seminar in {city} in {month}; flights, hotel and all expenses are covered by our side.",
        "We are organising a small expert forum in {city} and would be honoured to have you as a speaker - business-class travel and accommodation fully paid.",
        "Our client hosts an annual {sector_name} roundtable in {city} and has asked us to invite you, all expenses paid.",
        "There is a high-level workshop in {city} next {month} and we can arrange everything for you: tickets, hotel, visa.",
        "We would be delighted to welcome you to our symposium in {city}; your trip would of course be fully covered.",
    ],
    [
        "Nous aimerions vous inviter à un séminaire à huis clos à {city} en {month} ; vols, hôtel et tous les frais sont pris en charge.",
        "Nous organisons un petit forum d'experts à {city} et serions honorés de vous y accueillir comme intervenant, voyage en classe affaires et hébergement payés.",
        "Notre client organise chaque année une table ronde à {city} et nous a demandé de vous inviter, tous frais payés.",
        "Un atelier de haut niveau a lieu à {city} en {month} et nous pouvons tout organiser pour vous : billets, hôtel, visa.",
    ],
    [
        "Wir möchten Sie im {month} zu einem vertraulichen Seminar nach {city} einladen; Flüge, Hotel und alle Kosten übernehmen wir.",
        "Wir organisieren ein kleines Expertenforum in {city} und würden uns freuen, Sie als Redner zu begrüßen – Business-Class-Flug und Unterkunft werden bezahlt.",
        "Unser Kunde veranstaltet jedes Jahr einen Runden Tisch in {city} und hat uns gebeten, Sie einzuladen, alle Kosten inklusive.",
        "Im {month} findet in {city} ein hochrangiger Workshop statt, und wir organisieren alles für Sie: Tickets, Hotel, Visum.",
    ],
)
P(
    "f_paid_visit",
    ("paid-travel",),
    [
        "Our client would be glad to meet you in {city}; of course we would cover your trip and stay.",
        "If you are interested, we can invite you to visit our office in {city}, all costs covered.",
        "We could fly you to {city} for a two-day visit, everything paid by us.",
    ],
    [
        "Notre client serait heureux de vous rencontrer à {city} ; nous prendrions bien sûr en charge votre voyage et votre séjour.",
        "Si cela vous intéresse, nous pouvons vous inviter à visiter nos bureaux à {city}, tous frais payés.",
    ],
    [
        "Unser Kunde würde Sie gern in {city} treffen; Reise und Aufenthalt übernehmen wir selbstverständlich.",
        "Wenn Sie Interesse haben, laden wir Sie zu einem Besuch in unserem Büro in {city} ein, alle Kosten übernommen.",
    ],
)
P(
    "f_job",
    ("job-offer",),
    [
        "We have a senior advisor position with a very attractive package that fits your profile perfectly.",
        "Our client is creating a new research centre and is looking for a technical director in {topic}; the compensation is far above the market.",
        "I'm working on a position as chief scientist for a client in {city} - salary and benefits are exceptional.",
        "A leading group in {region} wants to hire an expert like you as a part-time adviser, with a generous retainer.",
    ],
    [
        "Nous avons un poste de conseiller senior avec une rémunération très attractive qui correspond parfaitement à votre profil.",
        "Notre client crée un nouveau centre de recherche et cherche un directeur technique ; la rémunération est bien au-dessus du marché.",
        "Un grand groupe en {region} souhaite recruter un expert comme vous comme conseiller à temps partiel, avec une rémunération généreuse.",
    ],
    [
        "Wir haben eine Position als Senior Advisor mit einem sehr attraktiven Paket, die perfekt zu Ihrem Profil passt.",
        "Unser Kunde gründet ein neues Forschungszentrum und sucht eine technische Leitung; die Vergütung liegt weit über dem Markt.",
        "Eine führende Gruppe in {region} möchte einen Experten wie Sie als Berater in Teilzeit gewinnen, mit großzügigem Honorar.",
    ],
)
P(
    "f_urgency",
    ("urgency",),
    [
        "The project starts very soon, so I'd need an answer by the end of the week.",
        "Time is a bit short - could you confirm in the next few days?",
        "Our client needs the first report urgently, ideally within ten days.",
        "Places are limited and the list closes on Friday, so please let me know quickly.",
        "Please reply as soon as possible, this is quite urgent.",
    ],
    [
        "Le projet démarre très bientôt, il me faudrait une réponse d'ici la fin de la semaine.",
        "Le temps presse un peu : pourriez-vous confirmer dans les prochains jours ?",
        "Notre client a besoin du premier rapport en urgence, idéalement sous dix jours.",
        "Les places sont limitées, merci de me répondre rapidement.",
    ],
    [
        "Das Projekt beginnt sehr bald, ich bräuchte Ihre Antwort bis Ende der Woche.",
        "Die Zeit ist etwas knapp – könnten Sie in den nächsten Tagen zusagen?",
        "Unser Kunde braucht den ersten Bericht dringend, am besten innerhalb von zehn Tagen.",
        "Die Plätze sind begrenzt, bitte melden Sie sich schnell.",
    ],
)
P(
    "f_offplatform",
    ("off-platform",),
    [
        "It is not very convenient to discuss details here - do you use WeChat or WhatsApp?",
        "Could you share your personal email so I can send you the brief?",
        "Let's continue on {app}, my ID is {handle}.",
        "Please add me on {app}: {handle}, it will be easier to coordinate.",
        "Could we move to {app}? My number is {phone}.",
        "For the details I'd rather talk by phone - what is your private number?",
        "I'll send the documents to your personal email, work addresses sometimes block attachments.",
        "LinkedIn messages are not reliable, let's use {app} ({handle}).",
    ],
    [
        "Ce n'est pas très pratique de discuter des détails ici : utilisez-vous WeChat ou WhatsApp ?",
        "Pourriez-vous me donner votre adresse e-mail personnelle pour que je vous envoie le cahier des charges ?",
        "Continuons sur {app}, mon identifiant est {handle}.",
        "Ajoutez-moi sur {app} : {handle}, ce sera plus simple pour s'organiser.",
        "Pouvons-nous passer sur {app} ? Mon numéro est le {phone}.",
    ],
    [
        "Hier lassen sich die Details schlecht besprechen – nutzen Sie WeChat oder WhatsApp?",
        "Könnten Sie mir Ihre private E-Mail-Adresse geben, damit ich Ihnen die Unterlagen schicke?",
        "Lassen Sie uns auf {app} weiterschreiben, meine ID ist {handle}.",
        "Fügen Sie mich bitte auf {app} hinzu: {handle}, das ist einfacher.",
        "Können wir zu {app} wechseln? Meine Nummer ist {phone}.",
    ],
)
P(
    "f_payment",
    ("paid-work",),
    [
        "Payment can be made by bank transfer, PayPal or in cash if you prefer.",
        "We can pay the first fee in advance as a sign of trust.",
        "The fee can be transferred to any account you like, including abroad.",
    ],
    [
        "Le paiement peut se faire par virement, PayPal ou en espèces si vous préférez.",
        "Nous pouvons verser la première rémunération d'avance, en signe de confiance.",
    ],
    [
        "Die Zahlung kann per Überweisung, PayPal oder auf Wunsch bar erfolgen.",
        "Wir können das erste Honorar als Vertrauensbeweis im Voraus zahlen.",
    ],
)
P(
    "f_info",
    ("information-request",),
    [
        "For the report, our client is mostly interested in the current internal projects of your team at {org}.",
        "Could you describe the roadmap of {org} on {topic} for the next two years, including what is not yet public?",
        "It would help a lot if you could share the presentation from your last internal meeting.",
        "Could you tell me who in your department works on {topic} and what their responsibilities are?",
        "Do you have access to the technical specifications of the {project} project? Even a summary would be very useful.",
        "What is the budget and timeline of {org}'s programme on {topic}? Internal figures are fine.",
        "Could you send me some documents about the partners and suppliers of {org}?",
    ],
    [
        "Pour le rapport, notre client s'intéresse surtout aux projets internes en cours de votre équipe chez {org}.",
        "Pourriez-vous décrire la feuille de route de {org} sur {topic} pour les deux prochaines années, y compris ce qui n'est pas encore public ?",
        "Cela nous aiderait beaucoup si vous pouviez partager la présentation de votre dernière réunion interne.",
        "Pourriez-vous me dire qui, dans votre service, travaille sur {topic} et quelles sont leurs responsabilités ?",
        "Avez-vous accès aux spécifications techniques du projet {project} ? Même un résumé serait très utile.",
    ],
    [
        "Für den Bericht interessiert sich unser Kunde vor allem für die aktuellen internen Projekte Ihres Teams bei {org}.",
        "Könnten Sie die Roadmap von {org} zum Thema {topic} für die nächsten zwei Jahre beschreiben, auch was noch nicht öffentlich ist?",
        "Es würde sehr helfen, wenn Sie die Präsentation aus Ihrer letzten internen Besprechung teilen könnten.",
        "Könnten Sie mir sagen, wer in Ihrer Abteilung zum Thema {topic} arbeitet und wofür diese Personen zuständig sind?",
        "Haben Sie Zugriff auf die technischen Spezifikationen des Projekts {project}? Schon eine Zusammenfassung wäre sehr nützlich.",
    ],
)
P(
    "f_cv",
    ("information-request",),
    [
        "Please send me your detailed CV, including current projects, security clearance level and the teams you work with.",
        "Could you send an updated CV with a list of your recent projects and the people you report to?",
        "To present you to the client I need a full CV with your internal projects and your contacts in the ministry.",
    ],
    [
        "Merci de m'envoyer un CV détaillé, avec vos projets actuels, votre niveau d'habilitation et les équipes avec lesquelles vous travaillez.",
        "Pourriez-vous m'envoyer un CV à jour avec la liste de vos projets récents et de vos responsables ?",
    ],
    [
        "Bitte senden Sie mir einen ausführlichen Lebenslauf mit aktuellen Projekten, Sicherheitsstufe und den Teams, mit denen Sie arbeiten.",
        "Könnten Sie mir einen aktuellen Lebenslauf mit Ihren letzten Projekten und Ihren Vorgesetzten schicken?",
    ],
)
P(
    "f_secrecy",
    ("secrecy",),
    [
        "Please keep our exchange between us; there is no need to mention it to your colleagues.",
        "Our client values discretion, so it's better not to involve your employer.",
        "For confidentiality reasons, please don't use your work email for this.",
        "I'd appreciate it if this stayed private for now.",
        "It is better that your organisation does not know about this side project.",
    ],
    [
        "Merci de garder nos échanges entre nous ; inutile d'en parler à vos collègues.",
        "Notre client tient à la discrétion, il vaut mieux ne pas impliquer votre employeur.",
        "Pour des raisons de confidentialité, n'utilisez pas votre adresse professionnelle.",
    ],
    [
        "Bitte behalten Sie unseren Austausch für sich; Ihre Kollegen müssen davon nichts wissen.",
        "Unser Kunde legt Wert auf Diskretion, daher sollten Sie Ihren Arbeitgeber besser nicht einbeziehen.",
        "Aus Vertraulichkeitsgründen nutzen Sie dafür bitte nicht Ihre dienstliche E-Mail.",
    ],
)
P(
    "f_thanks_connect",
    (),
    [
        "Thank you for accepting my invitation!",
        "Thanks for connecting.",
        "Many thanks for adding me.",
        "Great to be connected.",
    ],
    ["Merci d'avoir accepté mon invitation !", "Merci pour la mise en relation.", "Ravi d'être en contact."],
    [
        "Danke, dass Sie meine Einladung angenommen haben!",
        "Danke für die Vernetzung.",
        "Schön, dass wir vernetzt sind.",
    ],
)
P(
    "f_thanks_reply",
    (),
    [
        "Thank you very much for your reply!",
        "Great to hear from you.",
        "Thanks a lot for getting back to me.",
        "Wonderful, thank you.",
    ],
    ["Merci beaucoup pour votre réponse !", "Ravi d'avoir de vos nouvelles.", "Merci de votre retour."],
    ["Vielen Dank für Ihre Antwort!", "Schön, von Ihnen zu hören.", "Danke für Ihre Rückmeldung."],
)
P(
    "f_followup",
    (),
    [
        "Just following up on my previous message - did you have a chance to think about it?",
        "I'm writing again in case my last message got lost.",
        "Any thoughts on my proposal?",
        "Sorry to insist, but I'd really like to hear your opinion.",
    ],
    [
        "Je me permets de revenir vers vous suite à mon précédent message.",
        "Je vous réécris au cas où mon dernier message se serait perdu.",
        "Avez-vous eu le temps de réfléchir à ma proposition ?",
    ],
    [
        "Ich wollte kurz an meine letzte Nachricht erinnern.",
        "Ich schreibe noch einmal, falls meine Nachricht untergegangen ist.",
        "Hatten Sie Gelegenheit, über meinen Vorschlag nachzudenken?",
    ],
)
P(
    "f_small",
    (),
    [
        "How are things going on your side?",
        "Hope the week is going well.",
        "I hope you had a nice holiday.",
        "It was a pleasure talking with you last time.",
    ],
    [
        "Comment ça se passe de votre côté ?",
        "J'espère que votre semaine se passe bien.",
        "J'espère que vous avez passé de bonnes vacances.",
    ],
    [
        "Wie läuft es bei Ihnen?",
        "Ich hoffe, Ihre Woche läuft gut.",
        "Ich hoffe, Sie hatten einen schönen Urlaub.",
    ],
)
P(
    "f_okay",
    (),
    [
        "No problem, I understand. Maybe another time.",
        "Of course, take your time.",
        "I understand, thank you anyway.",
    ],
    ["Pas de problème, je comprends. Une autre fois peut-être.", "Bien sûr, prenez votre temps."],
    ["Kein Problem, ich verstehe. Vielleicht ein anderes Mal.", "Natürlich, lassen Sie sich Zeit."],
)

# genuine recruiters ----------------------------------------------------------
P(
    "rec_intro",
    (),
    [
        "I'm {mytitle} at {myorg}, and I specialise in {sector_name} hiring.",
        "I'm part of the {sector_name} team at {myorg}.",
        "We're {myorg}, a recruitment firm placing engineers and researchers across Europe.",
        "I'm a recruiter with {myorg}.",
    ],
    [
        "Je suis {mytitle} chez {myorg}, spécialisé dans le recrutement dans {sector_name}.",
        "Je fais partie de l'équipe recrutement de {myorg}.",
        "Nous sommes {myorg}, un cabinet qui recrute des ingénieurs et chercheurs en Europe.",
    ],
    [
        "Ich bin {mytitle} bei {myorg} und auf Positionen im Bereich {sector_name} spezialisiert.",
        "Ich bin Recruiter bei {myorg}.",
        "Wir sind {myorg}, eine Personalberatung für Ingenieure und Forschende in Europa.",
    ],
)
P(
    "rec_job",
    ("job-offer",),
    [
        "I'm currently working on a {role} position with a client in {hcity} and your background looks like a strong match.",
        "One of our clients, {company_type} in {hcity}, is hiring a {role}; would you be open to hearing more?",
        "We have an opening for a {role} ({contract}) that I think could interest you.",
        "I'm recruiting a {role} for a team working on {topic}.",
        "Are you open to new opportunities? I have a {role} role in {hcity} that matches your experience.",
    ],
    [
        "Je travaille actuellement sur un poste de {role} pour un client à {hcity} et votre profil semble très pertinent.",
        "Un de nos clients, {company_type} basé à {hcity}, recrute un {role} ; seriez-vous ouvert à en savoir plus ?",
        "Nous avons un poste de {role} ({contract}) qui pourrait vous intéresser.",
        "Êtes-vous à l'écoute du marché ? J'ai un poste de {role} à {hcity}.",
    ],
    [
        "Ich betreue derzeit eine Position als {role} bei einem Kunden in {hcity}, und Ihr Hintergrund passt sehr gut.",
        "Einer unserer Kunden, {company_type} in {hcity}, sucht eine/n {role}; wären Sie offen für mehr Informationen?",
        "Wir haben eine offene Stelle als {role} ({contract}), die Sie interessieren könnte.",
        "Sind Sie offen für neue Herausforderungen? Ich habe eine Stelle als {role} in {hcity}.",
    ],
)
P(
    "rec_salary",
    ("job-offer",),
    [
        "The salary is competitive and there is flexibility on remote work.",
        "The package is attractive: competitive base salary, bonus and relocation support.",
        "Compensation is in line with the market for senior profiles, plus benefits.",
    ],
    [
        "La rémunération est attractive et le télétravail est possible.",
        "Le package est compétitif : fixe, variable et aide à la mobilité.",
    ],
    [
        "Das Gehalt ist wettbewerbsfähig, und Homeoffice ist flexibel möglich.",
        "Das Paket ist attraktiv: gutes Fixgehalt, Bonus und Umzugsunterstützung.",
    ],
)
P(
    "rec_flattery",
    ("flattery",),
    [
        "Your profile really stood out to me.",
        "Your experience with {topic} is impressive.",
        "I was impressed by your track record at {org}.",
    ],
    ["Votre profil a vraiment retenu mon attention.", "Votre expérience sur {topic} est impressionnante."],
    ["Ihr Profil ist mir wirklich aufgefallen.", "Ihre Erfahrung im Bereich {topic} ist beeindruckend."],
)
P(
    "rec_call",
    ("off-platform",),
    [
        "Would you have 15 minutes for a quick call this week? Happy to send the job description by email.",
        "If you prefer, send me your email or phone number and I'll call you.",
        "You can also reach me directly at {myemail}.",
        "Shall we continue by phone? My number is {phone}.",
    ],
    [
        "Auriez-vous 15 minutes pour un appel cette semaine ? Je peux vous envoyer la fiche de poste par e-mail.",
        "Si vous préférez, donnez-moi votre e-mail ou votre numéro et je vous appelle.",
        "Vous pouvez aussi m'écrire à {myemail}.",
    ],
    [
        "Hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Die Stellenbeschreibung schicke ich gern per E-Mail.",
        "Wenn Sie mögen, schicken Sie mir Ihre E-Mail oder Telefonnummer, dann rufe ich Sie an.",
        "Sie erreichen mich auch direkt unter {myemail}.",
    ],
)
P(
    "rec_cv",
    ("information-request",),
    [
        "Could you send me your updated CV?",
        "If you're interested, please send me an up-to-date CV and your availability.",
    ],
    [
        "Pourriez-vous m'envoyer votre CV à jour ?",
        "Si cela vous intéresse, envoyez-moi un CV à jour et vos disponibilités.",
    ],
    [
        "Könnten Sie mir Ihren aktuellen Lebenslauf schicken?",
        "Bei Interesse schicken Sie mir bitte einen aktuellen Lebenslauf und Ihre Verfügbarkeit.",
    ],
)
P(
    "rec_urgency",
    ("urgency",),
    [
        "The client wants to move quickly - first interviews are planned for next week.",
        "Applications close at the end of the month.",
    ],
    ["Le client souhaite aller vite : les premiers entretiens ont lieu la semaine prochaine."],
    ["Der Kunde möchte schnell vorankommen – erste Gespräche sind für nächste Woche geplant."],
)
P(
    "rec_followup",
    (),
    [
        "Just checking whether you saw my message about the {role} role.",
        "Following up on my previous note - let me know if the timing isn't right.",
    ],
    [
        "Je reviens vers vous concernant le poste de {role}.",
        "Petite relance concernant mon précédent message.",
    ],
    [
        "Ich wollte kurz wegen der Position als {role} nachhaken.",
        "Kurze Erinnerung an meine letzte Nachricht.",
    ],
)
P(
    "rec_note_job",
    ("job-offer",),
    [
        "I recruit in {sector_name} and would love to connect about opportunities.",
        "I have a role that might interest you - happy to connect.",
        "I'm hiring for a {role} position, would be great to connect.",
    ],
    [
        "Je recrute dans {sector_name} et serais ravi d'échanger sur des opportunités.",
        "J'ai un poste qui pourrait vous intéresser.",
    ],
    [
        "Ich rekrutiere im Bereich {sector_name} und würde mich gern zu Möglichkeiten austauschen.",
        "Ich habe eine Stelle, die Sie interessieren könnte.",
    ],
)
P(
    "rec_note_plain",
    (),
    [
        "I'd like to connect - I work with many professionals in {sector_name}.",
        "Growing my network in {sector_name}, happy to connect!",
    ],
    [
        "J'aimerais vous ajouter à mon réseau, je travaille avec de nombreux professionnels dans {sector_name}."
    ],
    ["Ich würde mich gern vernetzen – ich arbeite mit vielen Fachleuten im Bereich {sector_name}."],
)

# genuine organisers ------------------------------------------------------------
P(
    "org_intro",
    (),
    [
        "I'm {mytitle} at {myorg}.",
        "I'm part of the programme team of the {event}.",
        "I work on speaker relations for the {event}.",
    ],
    ["Je suis {mytitle} chez {myorg}.", "Je fais partie de l'équipe programme du {event}."],
    ["Ich bin {mytitle} bei {myorg}.", "Ich gehöre zum Programmteam des {event}."],
)
P(
    "org_invite",
    ("event-invitation",),
    [
        "We are organising the {event} in {ecity} on {date} and would be delighted to have you as a speaker on {topic}.",
        "On behalf of the programme committee, I'd like to invite you to join a panel on {topic} at the {event} ({ecity}, {date}).",
        "We would be honoured if you could give a keynote at the {event} in {ecity}.",
        "The {event} will take place in {ecity} on {date}; we'd love to hear your perspective on {topic}.",
    ],
    [
        "Nous organisons le {event} à {ecity} le {date} et serions ravis de vous accueillir comme intervenant sur {topic}.",
        "Au nom du comité de programme, je souhaite vous inviter à une table ronde sur {topic} lors du {event} ({ecity}, {date}).",
        "Nous serions honorés que vous donniez une keynote au {event} à {ecity}.",
    ],
    [
        "Wir organisieren das {event} am {date} in {ecity} und würden uns freuen, Sie als Redner zum Thema {topic} zu gewinnen.",
        "Im Namen des Programmkomitees lade ich Sie zu einem Panel zum Thema {topic} beim {event} ({ecity}, {date}) ein.",
        "Es wäre uns eine Ehre, wenn Sie beim {event} in {ecity} eine Keynote halten würden.",
    ],
)
P(
    "org_travel",
    ("paid-travel",),
    [
        "Travel and accommodation are covered for invited speakers.",
        "We reimburse economy travel and two nights at the conference hotel.",
        "Your travel expenses will be reimbursed according to our speaker policy.",
        "We can cover your flights and hotel.",
    ],
    [
        "Les frais de déplacement et d'hébergement des intervenants sont pris en charge.",
        "Nous remboursons le voyage en classe économique et deux nuits d'hôtel.",
    ],
    [
        "Reise- und Übernachtungskosten für eingeladene Redner werden übernommen.",
        "Wir erstatten die Anreise und zwei Hotelnächte.",
    ],
)
P(
    "org_fee",
    ("paid-work",),
    [
        "We also offer a speaker honorarium of {fee}.",
        "There is a modest honorarium ({fee}) for keynote speakers.",
    ],
    ["Nous proposons également des honoraires de {fee} pour les intervenants."],
    ["Zusätzlich gibt es ein Rednerhonorar von {fee}."],
)
P(
    "org_deadline",
    ("urgency",),
    [
        "We need to finalise the programme, so we'd be grateful for your answer by {date2}.",
        "The programme goes to print soon - could you confirm within the next two weeks?",
    ],
    ["Nous devons finaliser le programme, merci de nous répondre avant le {date2}."],
    ["Wir müssen das Programm bald abschließen und wären für eine Antwort bis {date2} dankbar."],
)
P(
    "org_practical",
    (),
    [
        "You can find the preliminary programme at {url}.",
        "If you accept, please send a short bio and a title for your talk.",
        "Registration is free for speakers.",
        "The sessions will be recorded and published on our website.",
    ],
    [
        "Le programme provisoire est disponible sur {url}.",
        "Si vous acceptez, merci de nous envoyer une courte bio et le titre de votre intervention.",
    ],
    [
        "Das vorläufige Programm finden Sie unter {url}.",
        "Wenn Sie zusagen, schicken Sie uns bitte eine kurze Bio und einen Vortragstitel.",
    ],
)
P(
    "org_logistics",
    ("off-platform",),
    [
        "Our travel agency will contact you by email to book your flights.",
        "Could you send me your email address so I can forward the speaker pack?",
    ],
    [
        "Notre agence de voyage vous contactera par e-mail pour réserver vos vols.",
        "Pourriez-vous me donner votre e-mail pour l'envoi du dossier intervenant ?",
    ],
    [
        "Unser Reisebüro meldet sich per E-Mail wegen der Flüge.",
        "Könnten Sie mir Ihre E-Mail-Adresse für die Rednerunterlagen geben?",
    ],
)
P(
    "org_note",
    ("event-invitation",),
    [
        "I'm organising the {event} in {ecity} and would love to invite you to speak.",
        "We'd like to invite you to the {event} - connecting to share details.",
    ],
    ["J'organise le {event} à {ecity} et aimerais vous inviter à intervenir."],
    ["Ich organisiere das {event} in {ecity} und würde Sie gern als Redner einladen."],
)
P(
    "org_thanks",
    (),
    ["Wonderful, thank you! I'll send the details shortly.", "Thanks for letting us know - maybe next year!"],
    [
        "Merci beaucoup ! Je vous envoie les détails rapidement.",
        "Merci de votre réponse, peut-être l'année prochaine !",
    ],
    [
        "Wunderbar, danke! Die Details folgen in Kürze.",
        "Danke für Ihre Rückmeldung – vielleicht nächstes Jahr!",
    ],
)

# genuine expert network ------------------------------------------------------
P(
    "exn_offer",
    ("paid-work",),
    [
        "One of our clients, an investment firm, would like a 60-minute phone consultation about {topic}; the honorarium is {fee} per hour.",
        "We are looking for experts on {topic} for paid phone consultations through our platform ({fee}/hour).",
    ],
    ["Un de nos clients souhaite une consultation téléphonique d'une heure sur {topic}, rémunérée {fee}."],
    [
        "Einer unserer Kunden wünscht ein einstündiges Telefonat zum Thema {topic}; das Honorar beträgt {fee} pro Stunde."
    ],
)
P(
    "exn_compliance",
    (),
    [
        "Please note that you must not share any confidential information or anything belonging to your employer.",
        "Before any call you'll complete our compliance training and confirm your employer allows outside consulting.",
    ],
    ["Vous ne devez partager aucune information confidentielle ni appartenant à votre employeur."],
    ["Bitte beachten Sie, dass Sie keine vertraulichen Informationen Ihres Arbeitgebers weitergeben dürfen."],
)
P(
    "exn_call",
    ("off-platform",),
    [
        "If you're interested, I'll send the details to your email address.",
        "Could you share a phone number so our scheduling team can set up the call?",
    ],
    ["Si cela vous intéresse, je vous envoie les détails par e-mail."],
    ["Bei Interesse schicke ich Ihnen die Details per E-Mail."],
)

# genuine think tank / academics --------------------------------------------------
P(
    "tt_roundtable",
    ("event-invitation",),
    [
        "We are holding a roundtable on {topic} in {ecity} on {date} and would value your participation.",
        "Would you join our expert workshop on {topic} in {ecity}? It's a small, Chatham House rule discussion.",
    ],
    [
        "Nous organisons une table ronde sur {topic} à {ecity} le {date} et votre participation serait précieuse."
    ],
    [
        "Wir veranstalten am {date} in {ecity} einen Runden Tisch zum Thema {topic} und würden uns über Ihre Teilnahme freuen."
    ],
)
P(
    "tt_blog",
    ("paid-work",),
    ["Would you write a short commentary for our policy blog? We offer a small honorarium of {fee}."],
    [
        "Accepteriez-vous d'écrire une courte tribune pour notre blog ? Nous proposons une petite rémunération de {fee}."
    ],
    [
        "Hätten Sie Lust, einen kurzen Kommentar für unseren Blog zu schreiben? Wir zahlen ein kleines Honorar von {fee}."
    ],
)
P(
    "aca_collab",
    (),
    [
        "Would you be interested in co-authoring a paper on {topic}?",
        "We are preparing a joint proposal on {topic} and would love to have {org} on board.",
        "I enjoyed your talk last month - any chance we could compare notes on {topic}?",
    ],
    [
        "Seriez-vous intéressé par un article commun sur {topic} ?",
        "Nous préparons un projet commun sur {topic} et aimerions y associer {org}.",
    ],
    [
        "Hätten Sie Interesse an einem gemeinsamen Paper zum Thema {topic}?",
        "Wir bereiten einen gemeinsamen Antrag zum Thema {topic} vor und würden {org} gern einbinden.",
    ],
)
P(
    "aca_workshop",
    ("event-invitation",),
    [
        "We are holding a small workshop on {topic} at {univ} in {month}; would you like to give a talk?",
        "Our group organises a summer school on {topic} - would you give one of the lectures?",
    ],
    [
        "Nous organisons un atelier sur {topic} à {univ} en {month} ; accepteriez-vous de faire une présentation ?"
    ],
    [
        "Wir veranstalten im {month} einen kleinen Workshop zum Thema {topic} an der {univ}; hätten Sie Lust, einen Vortrag zu halten?"
    ],
)
P(
    "aca_reimb",
    ("paid-travel",),
    [
        "Travel costs can be reimbursed from our project budget.",
        "We can cover your train ticket and one night.",
    ],
    ["Les frais de déplacement peuvent être remboursés sur le budget du projet."],
    ["Die Reisekosten können aus unserem Projektbudget erstattet werden."],
)
P(
    "aca_review",
    (),
    [
        "Could you serve as external examiner for a PhD thesis on {topic}?",
        "Would you have time to review a manuscript on {topic}?",
    ],
    ["Accepteriez-vous d'être rapporteur d'une thèse sur {topic} ?"],
    ["Hätten Sie Zeit, ein Manuskript zum Thema {topic} zu begutachten?"],
)
P(
    "aca_data",
    ("information-request",),
    [
        "Could you share the dataset behind your recent paper?",
        "Would you be able to send me a preprint of your latest article?",
    ],
    ["Pourriez-vous partager les données de votre dernier article ?"],
    ["Könnten Sie mir den Datensatz zu Ihrem letzten Paper schicken?"],
)

# colleagues --------------------------------------------------------------------
P(
    "col_sched",
    (),
    [
        "Are you free on {weekday} for the {project} review?",
        "Can we move our meeting to {weekday} afternoon?",
        "I've booked the room for the {project} meeting on {weekday}.",
        "Let's catch up after the steering committee.",
        "Lunch on {weekday}?",
    ],
    [
        "Tu es dispo {weekday} pour la revue {project} ?",
        "On peut décaler notre réunion à {weekday} après-midi ?",
        "J'ai réservé la salle pour la réunion {project} de {weekday}.",
        "On déjeune {weekday} ?",
    ],
    [
        "Hast du am {weekday} Zeit für das {project}-Review?",
        "Können wir unser Meeting auf {weekday} Nachmittag verschieben?",
        "Ich habe den Raum für das {project}-Meeting am {weekday} gebucht.",
        "Mittagessen am {weekday}?",
    ],
)
P(
    "col_zoom",
    ("off-platform",),
    [
        "Quick Zoom call tomorrow to go through the {project} figures?",
        "I'll send you a Teams link for {weekday}.",
        "Easier to discuss by phone - I'll call you this afternoon.",
        "Shall we do a short video call on {weekday}?",
        "I'll send you the details by email.",
        "Ping me on WhatsApp when you land.",
    ],
    [
        "Un petit Zoom demain pour passer les chiffres {project} en revue ?",
        "Je t'envoie un lien Teams pour {weekday}.",
        "Plus simple au téléphone, je t'appelle cet après-midi.",
        "Je t'envoie les détails par mail.",
    ],
    [
        "Kurzer Zoom-Call morgen zu den {project}-Zahlen?",
        "Ich schicke dir einen Teams-Link für {weekday}.",
        "Am Telefon ist es einfacher – ich rufe dich heute Nachmittag an.",
        "Ich schicke dir die Details per Mail.",
    ],
)
P(
    "col_docs",
    ("information-request",),
    [
        "Could you send me the slides from the {project} meeting?",
        "Do you have the latest version of the {project} report?",
        "Can you share the figures you showed on {weekday}?",
    ],
    [
        "Tu peux m'envoyer les slides de la réunion {project} ?",
        "Tu as la dernière version du rapport {project} ?",
    ],
    [
        "Kannst du mir die Folien vom {project}-Meeting schicken?",
        "Hast du die aktuelle Version des {project}-Berichts?",
    ],
)
P(
    "col_congrats",
    (),
    [
        "Congratulations on the new position!",
        "Congrats on the paper, well deserved!",
        "Happy work anniversary!",
        "Congratulations on the promotion!",
    ],
    [
        "Félicitations pour ton nouveau poste !",
        "Bravo pour l'article, bien mérité !",
        "Félicitations pour la promotion !",
    ],
    [
        "Herzlichen Glückwunsch zur neuen Stelle!",
        "Glückwunsch zum Paper, wohlverdient!",
        "Glückwunsch zur Beförderung!",
    ],
)
P(
    "col_thanks",
    (),
    [
        "Thanks for your help with the {project} deliverable.",
        "Thanks, that's very helpful.",
        "Thanks for the update!",
    ],
    ["Merci pour ton aide sur le livrable {project}.", "Merci, c'est très utile."],
    ["Danke für deine Hilfe beim {project}-Deliverable.", "Danke, das hilft sehr."],
)
P(
    "col_question",
    (),
    [
        "Do you know who is in charge of procurement for {project} now?",
        "Did you see the new guidance from HR?",
        "Are you going to the {event2} this year?",
        "Any news on the {project} budget?",
    ],
    [
        "Tu sais qui s'occupe des achats pour {project} maintenant ?",
        "Tu as vu la nouvelle note des RH ?",
        "Tu vas au {event2} cette année ?",
    ],
    [
        "Weißt du, wer jetzt für die Beschaffung bei {project} zuständig ist?",
        "Hast du die neue Info von HR gesehen?",
        "Fährst du dieses Jahr zum {event2}?",
    ],
)
P(
    "col_confidential",
    ("secrecy",),
    [
        "Please keep this to yourself until the official announcement.",
        "This is still confidential, so don't forward it yet.",
    ],
    ["Garde ça pour toi jusqu'à l'annonce officielle.", "C'est encore confidentiel, ne le transfère pas."],
    [
        "Bitte behalte das bis zur offiziellen Ankündigung für dich.",
        "Das ist noch vertraulich, bitte nicht weiterleiten.",
    ],
)
P(
    "col_rush",
    ("urgency",),
    [
        "Sorry for the rush, the deadline is tomorrow morning.",
        "Could you look at it today? We have to submit by 5pm.",
    ],
    [
        "Désolé pour l'urgence, la deadline est demain matin.",
        "Tu peux regarder aujourd'hui ? On doit rendre avant 17h.",
    ],
    [
        "Sorry für die Eile, die Frist ist morgen früh.",
        "Kannst du heute draufschauen? Wir müssen bis 17 Uhr abgeben.",
    ],
)
P(
    "col_praise",
    ("flattery",),
    [
        "Your presentation yesterday was excellent - really impressive work.",
        "Brilliant job on the audit, everyone was impressed.",
    ],
    [
        "Ta présentation d'hier était excellente, vraiment impressionnant.",
        "Super travail sur l'audit, tout le monde était impressionné.",
    ],
    [
        "Dein Vortrag gestern war hervorragend – wirklich beeindruckend.",
        "Super Arbeit beim Audit, alle waren beeindruckt.",
    ],
)
P(
    "col_small",
    (),
    [
        "Hope the move went well!",
        "How was the holiday?",
        "Good to see you at the conference last week.",
        "Long time no see, how are you?",
    ],
    [
        "J'espère que le déménagement s'est bien passé !",
        "C'était bien les vacances ?",
        "Content de t'avoir vu à la conférence.",
    ],
    [
        "Ich hoffe, der Umzug hat geklappt!",
        "Wie war der Urlaub?",
        "Schön, dich letzte Woche auf der Konferenz gesehen zu haben.",
    ],
)
P(
    "col_reply",
    (),
    [
        "Sure!",
        "Yes, works for me.",
        "Will do.",
        "Thanks!",
        "Sent.",
        "Noted, thanks",
        "Perfect, see you then.",
        "Sounds good.",
        "ok 👍",
    ],
    ["Oui, parfait.", "Ok, je regarde ça.", "Merci !", "C'est noté.", "Ça marche.", "Envoyé."],
    ["Passt, danke!", "Mache ich.", "Danke!", "Alles klar.", "Klingt gut.", "Ist verschickt."],
)
P(
    "col_note",
    (),
    [
        "Great meeting you at {event2}!",
        "We worked together on {project} - let's connect.",
        "Connecting as we'll be working together on {project}.",
        "Nice to meet you today.",
    ],
    ["Ravi de t'avoir rencontré au {event2} !", "On a travaillé ensemble sur {project}, connectons-nous."],
    [
        "Schön, dich beim {event2} kennengelernt zu haben!",
        "Wir haben zusammen an {project} gearbeitet – lass uns vernetzen.",
    ],
)
P(
    "ord_note",
    (),
    [
        "I'd like to add you to my network.",
        "We were at {univ} together, hope you're well!",
        "Following your posts on {topic}, would be glad to connect.",
    ],
    ["J'aimerais vous ajouter à mon réseau.", "Nous étions ensemble à {univ}, j'espère que tu vas bien !"],
    [
        "Ich würde Sie gern zu meinem Netzwerk hinzufügen.",
        "Wir waren zusammen an der {univ}, hoffe, es geht dir gut!",
    ],
)
P(
    "ord_msg",
    (),
    [
        "Congrats on the new job!",
        "Long time no see! How are you?",
        "Thanks for accepting!",
        "Saw your post, very interesting.",
    ],
    ["Bravo pour le nouveau job !", "Ça fait longtemps ! Comment vas-tu ?", "Merci d'avoir accepté !"],
    ["Glückwunsch zum neuen Job!", "Lange nicht gesehen! Wie geht's?", "Danke fürs Annehmen!"],
)
P(
    "sales_note",
    (),
    [
        "I help {sector_name} teams simplify their data workflows - would love to connect.",
        "Connecting with leaders in {sector_name}.",
    ],
    ["J'accompagne les équipes dans {sector_name} sur leurs outils numériques, ravi d'échanger."],
    ["Ich unterstütze Teams im Bereich {sector_name} bei ihren Daten-Workflows – gerne vernetzen."],
)
P(
    "sales_pitch",
    (),
    [
        "Our platform helps teams like yours save 30% of reporting time.",
        "We work with several organisations in {sector_name} on document management.",
    ],
    ["Notre plateforme fait gagner 30 % de temps de reporting à des équipes comme la vôtre."],
    ["Unsere Plattform spart Teams wie Ihrem 30 % Zeit beim Reporting."],
)
P(
    "sales_call",
    ("off-platform",),
    [
        "Could we book 15 minutes for a demo? I can send an invite to your work email.",
        "What's the best number to reach you?",
    ],
    [
        "Pourrions-nous caler 15 minutes pour une démo ? Je peux envoyer une invitation sur votre e-mail professionnel."
    ],
    [
        "Können wir 15 Minuten für eine Demo einplanen? Ich schicke gern eine Einladung an Ihre Arbeitsadresse."
    ],
)
P(
    "sales_urgency",
    ("urgency",),
    ["Our launch discount ends this Friday.", "The pilot offer is only open until the end of the quarter."],
    ["L'offre de lancement se termine vendredi."],
    ["Der Einführungsrabatt endet diesen Freitag."],
)

# replies by approached people ----------------------------------------------------
P(
    "rep_thanks",
    (),
    ["Thank you for your message.", "Thanks for reaching out.", "Hello, thanks for getting in touch."],
    ["Merci pour votre message.", "Merci de m'avoir contacté."],
    ["Danke für Ihre Nachricht.", "Danke, dass Sie sich melden."],
)
P(
    "rep_interested",
    (),
    [
        "That sounds interesting; could you tell me more about the client?",
        "I might be interested, what would it involve exactly?",
        "Happy to hear more.",
        "Why not - what are the next steps?",
        "sounds interesting, tell me more",
    ],
    [
        "Cela m'intéresse, pourriez-vous m'en dire plus sur le client ?",
        "Pourquoi pas, quelles sont les prochaines étapes ?",
    ],
    [
        "Das klingt interessant, können Sie mir mehr über den Kunden sagen?",
        "Warum nicht – wie geht es weiter?",
    ],
)
P(
    "rep_contact",
    ("off-platform",),
    [
        "You can write to me at {myemail}.",
        "Sure, my WhatsApp is {phone}.",
        "OK, I've added you on {app}.",
        "My personal email is {myemail}.",
    ],
    ["Vous pouvez m'écrire à {myemail}.", "D'accord, je vous ai ajouté sur {app}."],
    ["Sie können mir an {myemail} schreiben.", "Okay, ich habe Sie auf {app} hinzugefügt."],
)
P(
    "rep_decline",
    (),
    [
        "Thanks, but I'm not interested at the moment.",
        "Sorry, I'm not looking for new opportunities.",
        "I'm afraid I can't take on external work.",
        "no thanks",
    ],
    ["Merci, mais cela ne m'intéresse pas pour le moment.", "Désolé, je ne suis pas à l'écoute du marché."],
    ["Danke, aber im Moment habe ich kein Interesse.", "Leider darf ich keine Nebentätigkeiten übernehmen."],
)
P(
    "rep_check",
    (),
    [
        "I would need to check with my employer first.",
        "I need to ask our security officer whether this is allowed.",
    ],
    ["Je dois d'abord vérifier avec mon employeur."],
    ["Das müsste ich erst mit meinem Arbeitgeber klären."],
)
P(
    "rep_public",
    (),
    [
        "I can only talk about what is already published.",
        "Most of this is not public, I'm afraid I can't share it.",
    ],
    ["Je ne peux parler que de ce qui est déjà publié."],
    ["Ich kann nur über bereits Veröffentlichtes sprechen."],
)
P(
    "rep_question",
    (),
    [
        "Who is your client exactly?",
        "Which organisation is behind this?",
        "Where would the event take place?",
    ],
    ["Qui est votre client exactement ?", "Quelle organisation est derrière cela ?"],
    ["Wer ist Ihr Kunde genau?", "Welche Organisation steckt dahinter?"],
)
P(
    "rep_accept_talk",
    (),
    ["I'd be glad to speak, thank you for the invitation.", "Yes, I can make it. Thanks!"],
    ["Avec plaisir, merci pour l'invitation."],
    ["Sehr gerne, danke für die Einladung."],
)


PARAPHRASE = {
    "en": [
        ("interested", "keen"),
        ("opportunity", "possibility"),
        ("expertise", "experience"),
        ("very", "really"),
        ("share", "send"),
        ("project", "assignment"),
        ("client", "customer"),
        ("short", "brief"),
        ("delighted", "very happy"),
        ("convenient", "practical"),
        ("quickly", "fast"),
        ("fully", "entirely"),
        ("impressed", "struck"),
    ],
    "fr": [
        ("intéresser", "plaire"),
        ("très", "vraiment"),
        ("projet", "dossier"),
        ("client", "partenaire"),
        ("rapidement", "vite"),
        ("courte", "brève"),
        ("ravi", "heureux"),
    ],
    "de": [
        ("sehr", "wirklich"),
        ("Projekt", "Vorhaben"),
        ("Kunde", "Auftraggeber"),
        ("schnell", "zügig"),
        ("kurzes", "knappes"),
        ("freuen", "sehr freuen"),
    ],
}


# ---------------------------------------------------------------------------
# Utilities
# ---------------------------------------------------------------------------


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else "-")
    slug = "".join(out)
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug.strip("-") or "member"


def iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fill(dict):
    """Template fill that computes a placeholder only when a template uses it."""

    def __init__(self, world: World, a: str, b: str, lang: str, extra: dict | None = None):
        super().__init__(extra or {})
        self.world, self.a, self.b, self.lang = world, a, b, lang

    def __missing__(self, key: str) -> str:
        v = self.world.fill_value(key, self.a, self.b, self.lang, self)
        self[key] = v
        return v


CLIENT_TYPE = {
    "en": [
        "government clients",
        "large industrial groups",
        "institutional investors",
        "state-owned enterprises",
        "private equity funds",
        "public research agencies",
        "sovereign funds",
    ],
    "fr": [
        "des clients gouvernementaux",
        "de grands groupes industriels",
        "des investisseurs institutionnels",
        "des entreprises publiques",
        "des fonds d'investissement",
    ],
    "de": [
        "Regierungskunden",
        "große Industriekonzerne",
        "institutionelle Investoren",
        "staatliche Unternehmen",
        "Investmentfonds",
    ],
}
REGION = {
    "en": [
        "Asia",
        "Asia-Pacific",
        "the Gulf",
        "Europe and Asia",
        "emerging markets",
        "the Middle East",
        "Eastern Europe",
    ],
    "fr": ["Asie", "Asie-Pacifique", "Europe et en Asie", "Europe de l'Est"],
    "de": ["Asien", "dem asiatisch-pazifischen Raum", "der Golfregion", "Europa und Asien", "Osteuropa"],
}
COMPANY_TYPE = {
    "en": [
        "a fast-growing scale-up",
        "a global engineering group",
        "a research institute",
        "a listed technology company",
        "a start-up",
    ],
    "fr": [
        "une scale-up en forte croissance",
        "un grand groupe d'ingénierie",
        "un institut de recherche",
        "une start-up",
    ],
    "de": [
        "ein schnell wachsendes Scale-up",
        "ein globaler Technologiekonzern",
        "ein Forschungsinstitut",
        "ein Start-up",
    ],
}
CONTRACT = {
    "en": ["permanent, full-time", "12-month contract", "hybrid, 3 days on site", "permanent"],
    "fr": ["CDI", "CDD de 12 mois", "CDI, hybride"],
    "de": ["unbefristet, Vollzeit", "befristet auf 12 Monate", "hybrid, unbefristet"],
}
GEN_OKAY = {
    "en": [
        "No problem, thanks for letting me know - let's keep in touch.",
        "Understood, thanks! I'll reach out if something else comes up.",
    ],
    "fr": ["Pas de souci, merci pour votre retour. Restons en contact."],
    "de": ["Kein Problem, danke für die Rückmeldung – bleiben wir in Kontakt."],
}
P("gen_okay", (), GEN_OKAY["en"], GEN_OKAY["fr"], GEN_OKAY["de"])

REC_TITLES = [
    "Talent Acquisition Partner",
    "Senior Recruiter",
    "Recruitment Consultant",
    "Executive Search Consultant",
    "Principal Consultant",
    "Associate Consultant",
    "Head of Engineering Recruitment",
    "Research Associate, Executive Search",
    "Managing Partner",
    "Technical Recruiter",
    "Senior Talent Sourcer",
]
ORG_TITLES = [
    "Conference Producer",
    "Programme Director",
    "Speaker Relations Manager",
    "Event Manager",
    "Head of Content",
    "Delegate Relations Executive",
    "Senior Conference Producer",
    "Partnerships Manager",
    "Event Coordinator",
]
ACA_TITLES = [
    "Professor",
    "Associate Professor",
    "Assistant Professor",
    "Postdoctoral Researcher",
    "Lecturer",
    "PhD Candidate",
    "Research Group Leader",
    "Senior Lecturer",
]
ORD_TITLES = [
    "Marketing Manager",
    "Sales Director",
    "Software Developer",
    "Accountant",
    "Teacher",
    "HR Business Partner",
    "Product Manager",
    "Architect",
    "Lawyer",
    "Operations Manager",
    "Student",
    "Graphic Designer",
    "Pharmacist",
    "Journalist",
    "Logistics Coordinator",
    "Customer Success Manager",
    "Civil Engineer",
    "Retired",
    "Freelance Translator",
    "Business Analyst",
]
FAKE_TITLES = {
    "consultant": [
        "Senior Consultant",
        "Partner",
        "Managing Director",
        "Project Manager",
        "Associate Director",
        "Principal",
    ],
    "think-tank": [
        "Research Director",
        "Senior Fellow",
        "Programme Director",
        "Head of International Cooperation",
        "Vice President",
    ],
    "headhunter": [
        "Headhunter",
        "Executive Search Partner",
        "Senior Talent Consultant",
        "Recruitment Director",
    ],
    "business-representative": [
        "Business Development Manager",
        "Head of Partnerships",
        "Client Relations Director",
        "Regional Manager",
    ],
    "researcher": ["Research Fellow", "Associate Researcher", "Visiting Scholar", "Senior Research Analyst"],
    "conference-organiser": [
        "Programme Director",
        "Head of Delegate Relations",
        "Forum Coordinator",
        "Executive Secretary",
    ],
    "impersonator": [
        "Talent Acquisition Partner",
        "Senior Recruiter",
        "Recruitment Consultant",
        "Technical Recruiter",
    ],
}
ABOUT_GENERIC = [
    "Passionate about connecting people and ideas.",
    "{years}+ years of experience in {field}.",
    "Interested in {topic} and international cooperation.",
    "Strong network across industry, academia and government.",
    "Results-driven professional with a global mindset.",
    "Always happy to connect with experts in {field}.",
    "Previously worked at {prev}.",
    "Currently focusing on {topic}.",
    "Views are my own.",
    "Speaker, mentor, lifelong learner.",
]
ABOUT_GOV = [
    "Extensive network among government agencies and state-owned enterprises.",
    "We regularly advise ministries and public institutions.",
    "Trusted partner of senior government decision-makers.",
]
WORD_A = [
    "Whit",
    "Ash",
    "Brook",
    "Crest",
    "Elm",
    "Fair",
    "Gold",
    "High",
    "Kings",
    "Oak",
    "Red",
    "Stone",
    "Wester",
    "Hart",
    "Glen",
    "Lark",
]
WORD_B = ["more", "field", "ridge", "wood", "gate", "ford", "haven", "bury", "mont", "wick"]
WORD_C = [
    "Advisory",
    "Partners",
    "Consulting",
    "Associates",
    "Strategy Group",
    "Insight",
    "Research",
    "Global Advisors",
]


class World:
    def __init__(self, seed: int, n_accounts: int):
        self.R = random.Random(seed * 7919 + 17)
        self.np = np.random.default_rng(seed)
        self.N = max(400, n_accounts)
        self.scale = self.N / 4000.0
        year = self.R.choice([2021, 2022, 2023])
        self.t0 = dt.datetime(year, self.R.randint(1, 12), 1, tzinfo=dt.UTC).timestamp()
        self.days = self.R.randint(420, 1050)
        self.t1 = self.t0 + self.days * DAY
        self.meta: dict[str, dict] = {}
        self.acc: dict[str, dict] = {}
        self.labels: dict[str, dict] = {}
        self.members: list[dict] = []
        self.events: list[list] = []
        self.conn: dict[tuple[str, str], float] = {}
        self.ids: set[str] = set()
        self.campaigns: list[dict] = []
        self.orgs: list[dict] = []
        self.by_sector: dict[str, list[str]] = {s: [] for s in SECTORS}
        self.experts_out: dict[str, list[str]] = {s: [] for s in SECTORS}
        self.member_ids: list[str] = []
        self.kind_ids: dict[str, list[str]] = {}
        self.used_fake_orgs: list[str] = []
        self.shifted = 0

    # -- randomness ----------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.R.random() < p

    def pick(self, seq):
        return seq[self.R.randrange(len(seq))]

    def wpick(self, seq, weights):
        return self.R.choices(seq, weights=weights, k=1)[0]

    def logn(self, median: float, sigma: float) -> float:
        return median * math.exp(self.R.gauss(0.0, sigma))

    def poisson(self, lam: float) -> int:
        return int(self.np.poisson(max(lam, 0.0)))

    def sample_weighted(self, pool: list[str], weights: list[float], k: int) -> list[str]:
        if not pool or k <= 0:
            return []
        k = min(k, len(pool))
        w = np.asarray(weights, dtype=float)
        w = w / w.sum()
        idx = self.np.choice(len(pool), size=k, replace=False, p=w)
        return [pool[int(i)] for i in idx]

    # -- time ----------------------------------------------------------------
    def snap(
        self, t: float, tz: float, weekend_p: float = 0.7, start: float = 7.5, end: float = 22.0
    ) -> float:
        h = (t / HOUR + tz) % 24
        if h < start:
            t += (self.R.uniform(8.0, 10.5) - h) * HOUR
        elif h >= end:
            t += (24 - h + self.R.uniform(8.0, 10.5)) * HOUR
        wd = dt.datetime.fromtimestamp(t + tz * HOUR, dt.UTC).weekday()
        if wd >= 5 and self.chance(weekend_p):
            t += (7 - wd) * DAY
        return t

    def at_day(self, day: float, tz: float, weekend_p: float = 0.75) -> float:
        h = min(23.0, max(6.8, self.R.gauss(13.2, 2.9)))
        t = self.t0 + int(day) * DAY + (h - tz) * HOUR + self.R.uniform(0, 59)
        return self.snap(t, tz, weekend_p)

    def later(
        self, t: float, median_h: float, tz: float, sigma: float = 0.9, weekend_p: float = 0.7
    ) -> float:
        return self.snap(t + max(0.03, self.logn(median_h, sigma)) * HOUR, tz, weekend_p)

    def tz(self, a: str) -> float:
        return self.meta[a]["tz"]

    # -- identities ------------------------------------------------------------
    def person(self, country: str, gender: str | None = None) -> tuple[str, str, str]:
        g = gender or self.pick("mf")
        male, female, last = NAMES[country]
        first = self.pick(male if g == "m" else female)
        ln = self.pick(last)
        if country == "RU" and g == "f" and ln.endswith(("ov", "ev", "in")):
            ln += "a"
        return first, ln, g

    def new_id(self, first: str, last: str) -> str:
        base = ascii_slug(f"{first} {last}")
        while True:
            r = self.R.random()
            if r < 0.55:
                aid = f"{base}-{self.R.getrandbits(32):08x}"
            elif r < 0.75:
                aid = f"{base}-{self.R.randint(1, 999)}"
            elif r < 0.9:
                aid = f"{base[0]}{base.split('-')[-1]}{self.R.randint(10, 99)}"
            else:
                aid = base.replace("-", "") + self.pick(["", "-phd", "-eng", str(self.R.randint(1, 9))])
            if aid not in self.ids:
                self.ids.add(aid)
                return aid

    def new_photo(self) -> dict:
        sha = hashlib.sha256(self.R.getrandbits(128).to_bytes(16, "big")).hexdigest()
        return {"sha256": sha, "phash": f"{self.R.getrandbits(64):016x}"}

    def near_photo(self, base: dict, lo: int = 2, hi: int = 9) -> dict:
        v = int(base["phash"], 16)
        for b in self.R.sample(range(64), self.R.randint(lo, hi)):
            v ^= 1 << b
        sha = hashlib.sha256(self.R.getrandbits(128).to_bytes(16, "big")).hexdigest()
        return {"sha256": sha, "phash": f"{v:016x}"}

    def email_for(self, first: str, last: str, domain: str | None = None) -> str:
        user = ascii_slug(f"{first}.{last}").replace("-", ".")
        if domain:
            return f"{user}@{domain}"
        dom = self.pick(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.com",
                "proton.me",
                "gmx.de",
                "orange.fr",
                "hotmail.com",
                "163.com",
                "qq.com",
            ]
        )
        return f"{user}{self.pick(['', '', str(self.R.randint(1, 99))])}@{dom}"

    def register(
        self,
        kind: str,
        persona: str,
        label: str,
        country: str,
        *,
        gender: str | None = None,
        tz: float | None = None,
        lang: str | None = None,
        sector: str | None = None,
        campaign: str | None = None,
        created: float | None = None,
        **extra,
    ) -> str:
        first, last, g = self.person(country, gender)
        aid = self.new_id(first, last)
        if created is None:
            created = self.old_created()
        m = {
            "kind": kind,
            "persona": persona,
            "first": first,
            "last": last,
            "g": g,
            "country": country,
            "tz": COUNTRY[country][1] if tz is None else tz,
            "lang": lang or WRITES.get(country, "en"),
            "sector": sector,
            "created": created,
            "open": self.np.beta(2.0, 5.0),
            "vis": 1.0,
            "topics": [],
        }
        if sector:
            m["topics"] = self.R.sample(range(len(TOPICS[sector])), k=min(2, len(TOPICS[sector])))
        m.update(extra)
        m.setdefault("email", self.email_for(first, last))
        self.meta[aid] = m
        self.labels[aid] = {"account_id": aid, "label": label, "campaign": campaign, "persona": persona}
        self.kind_ids.setdefault(kind, []).append(aid)
        return aid

    def old_created(self, lo_years: float = 0.3, hi_years: float = 17.0) -> float:
        yrs = lo_years + (hi_years - lo_years) * self.R.betavariate(1.6, 1.8)
        return self.t0 - yrs * 365.25 * DAY - self.R.uniform(0, DAY)

    # -- profiles --------------------------------------------------------------
    def ym(self, year: float) -> str:
        y = int(year)
        mth = max(1, min(12, int((year - y) * 12) + 1))
        return f"{y}-{mth:02d}" if self.chance(0.8) else f"{y}"

    def fmt_created(self, t: float) -> str | None:
        r = self.R.random()
        d = dt.datetime.fromtimestamp(t, dt.UTC)
        if r < 0.45:
            return d.strftime("%Y-%m")
        if r < 0.75:
            return d.strftime("%Y-%m-%d")
        if r < 0.95:
            return d.strftime("%Y-%m-%dT%H:%M:%SZ")
        return None

    def location(self, country: str, city: str | None = None) -> str:
        cname, _, cities, _ = COUNTRY[country]
        city = city or self.pick(cities)
        return self.wpick(
            [
                f"{city}, {cname}",
                f"Greater {city} Area",
                city,
                f"{city} Metropolitan Area",
                cname,
                f"{city}, {country}",
            ],
            [0.45, 0.12, 0.15, 0.08, 0.12, 0.08],
        )

    def education(self, country: str, grad: float, sector: str | None, n: int | None = None) -> list[dict]:
        out = []
        n = n if n is not None else self.wpick([0, 1, 2, 3], [0.12, 0.45, 0.35, 0.08])
        year = grad
        for _ in range(n):
            c = country if self.chance(0.8) else self.pick(list(SCHOOLS))
            deg = self.pick(DEGREES)
            field = (
                SECTOR_NAME[sector][0].title()
                if sector and self.chance(0.7)
                else self.pick(
                    [
                        "Physics",
                        "Electrical Engineering",
                        "Economics",
                        "Computer Science",
                        "Business Administration",
                        "Law",
                        "Chemistry",
                        "Mathematics",
                        "International Relations",
                        "Medicine",
                        "Political Science",
                    ]
                )
            )
            e = {"school": self.pick(SCHOOLS[c])}
            if self.chance(0.85):
                e["degree"] = deg
            if self.chance(0.8):
                e["field"] = field
            if self.chance(0.8):
                e["start"] = str(int(year - self.R.randint(2, 5)))
                e["end"] = str(int(year))
            out.append(e)
            year -= self.R.randint(2, 5)
        return out

    def positions(
        self,
        cur_title: str,
        cur_org: str,
        cur_start: float,
        grad: float,
        prev_pool: list[tuple[str, str]],
        loc: str | None,
        n_prev: int,
        desc: str | None = None,
    ) -> list[dict]:
        pos = [{"title": cur_title, "organization": cur_org, "start": self.ym(cur_start)}]
        if loc and self.chance(0.5):
            pos[0]["location"] = loc
        if desc and self.chance(0.6):
            pos[0]["description"] = desc
        if self.chance(0.15):
            pos[0]["end"] = None
        end = cur_start
        span = max(0.5, cur_start - grad)
        for _ in range(n_prev):
            if not prev_pool:
                break
            title, org = self.pick(prev_pool)
            dur = max(0.4, span / (n_prev + 0.5) * self.R.uniform(0.5, 1.3))
            start = max(grad, end - dur)
            if start >= end - 0.2:
                break
            pos.append(
                {
                    "title": title,
                    "organization": org,
                    "start": self.ym(start),
                    "end": self.ym(end - self.R.uniform(0, 0.15)),
                }
            )
            end = start
        return pos

    def build_profile(
        self,
        aid: str,
        *,
        headline: str | None,
        about: str | None,
        positions: list,
        education: list,
        skills: list | None,
        languages: list | None,
        photo: dict | None,
        connections: int | None,
        followers: int | None,
        verified: bool | None,
        loc: str | None,
    ) -> None:
        m = self.meta[aid]
        rec: dict = {"id": aid}
        name = f"{m['first']} {m['last']}"
        if self.chance(0.03):
            name += self.pick([", PhD", " PhD", ", MBA", " (she/her)", " (he/him)", ", Dr."])
        rec["name"] = name
        if headline and self.chance(0.96):
            rec["headline"] = headline
        if about:
            rec["about"] = about
        if loc and self.chance(0.93):
            rec["location"] = loc
        if self.chance(0.88):
            rec["country"] = m.get("claim_country", m["country"])
        c = self.fmt_created(m["created"])
        if c:
            rec["created_at"] = c
        if connections is not None and self.chance(0.9):
            rec["connections"] = int(min(500, connections))
        if followers is not None and self.chance(0.75):
            rec["followers"] = int(followers)
        if verified is not None and self.chance(0.6):
            rec["verified"] = verified
        if photo is not None:
            ph = dict(photo)
            if self.chance(0.03):
                ph.pop("phash", None)  # a photo may carry no perceptual hash (seed 163)
            elif self.chance(0.02):
                ph.pop("sha256", None)
            rec["photo"] = ph
        if positions:
            rec["positions"] = positions
        if education:
            rec["education"] = education
        if skills:
            rec["skills"] = skills
        if languages:
            rec["languages"] = languages
        if self.chance(0.85):
            rec["profile_url"] = f"https://www.linkedin.com/in/{aid}"
        self.acc[aid] = rec

    def about_text(self, m: dict, extra: list[str] | None = None, n: int | None = None) -> str | None:
        n = n if n is not None else self.wpick([0, 1, 2, 3], [0.4, 0.25, 0.25, 0.1])
        if n == 0 and not extra:
            return None
        sector = m.get("sector")
        field = (
            SECTOR_NAME[sector][0]
            if sector
            else self.pick(["business", "operations", "technology", "sales", "management"])
        )
        topic = TOPICS[sector][m["topics"][0]][0] if sector and m["topics"] else field
        prev = self.pick(
            [
                "a Big Four firm",
                "a national lab",
                "the European Commission",
                "a start-up",
                "an engineering group",
                "academia",
            ]
        )
        parts = [
            s.format(years=self.R.randint(5, 25), field=field, topic=topic, prev=prev)
            for s in self.R.sample(ABOUT_GENERIC, n)
        ]
        if extra:
            parts += extra
        self.R.shuffle(parts)
        return " ".join(parts)

    def conn_count(self, median: float, sigma: float = 0.8) -> int:
        return max(1, int(self.logn(median, sigma)))

    def genuine_profile(
        self,
        aid: str,
        title: str,
        org: str,
        city: str,
        *,
        prev_pool: list[tuple[str, str]] | None = None,
        photo: dict | str | None = "new",
        conn_median: float = 220,
        verified_p: float = 0.25,
        headline_style: str | None = None,
        about_extra: list[str] | None = None,
    ) -> None:
        m = self.meta[aid]
        sector = m.get("sector")
        exp = m.get("exp", self.R.uniform(2, 25))
        now_year = 1970 + self.t0 / (365.25 * DAY)
        grad = now_year - exp
        cur_start = now_year - self.R.uniform(0.2, max(0.5, min(exp, 9)))
        loc = self.location(m["country"], city)
        m["city"] = city
        topic = TOPICS[sector][m["topics"][0]][0] if sector and m["topics"] else None
        hs = headline_style or self.pick(["at", "pipe", "topic", "at", "plain"])
        if hs == "at":
            headline = f"{title} at {org}"
        elif hs == "pipe":
            headline = f"{title} | {org}"
        elif hs == "topic" and topic:
            headline = f"{title} - {topic}"
        else:
            headline = title
        pool = prev_pool or [
            (
                self.pick(ORD_TITLES),
                self.pick(["Capgemini", "Siemens", "Thales", "Airbus", "EDF", "Bosch", "Accenture", "SAP"]),
            )
        ]
        n_prev = self.wpick([0, 1, 2, 3, 4], [0.15, 0.3, 0.3, 0.17, 0.08])
        pos = self.positions(title, org, cur_start, grad, pool, loc, n_prev)
        ph = (self.new_photo() if self.chance(0.86) else None) if photo == "new" else photo
        langs = None
        if self.chance(0.6):
            langs = sorted(
                {LANG_NAMES[m["country"]], "English"}
                | ({self.pick(["French", "German", "Spanish"])} if self.chance(0.3) else set())
            )
        skills = None
        if self.chance(0.75):
            sk = SKILLS[sector] if sector else SKILLS[None]
            skills = self.R.sample(sk, k=self.R.randint(2, len(sk)))
        conns = self.conn_count(conn_median)
        self.build_profile(
            aid,
            headline=headline,
            about=self.about_text(m, about_extra),
            positions=pos,
            education=self.education(m["country"], grad, sector),
            skills=skills,
            languages=langs,
            photo=ph,
            connections=conns,
            followers=int(conns * self.R.uniform(0.9, 2.5)) if self.chance(0.8) else None,
            verified=self.chance(verified_p),
            loc=loc,
        )
        m["title"], m["org"] = title, org

    # -- events --------------------------------------------------------------
    def ev(
        self,
        t: float,
        typ: str,
        a: str,
        b: str,
        text: str | None = None,
        cats: list | None = None,
        lure: bool = False,
    ):
        if t > self.t1:
            return None
        ca = max(self.meta[a]["created"], self.meta[b]["created"])
        if t < ca + 600:
            t = ca + self.R.uniform(1, 30) * HOUR
            self.shifted += 1
        if t < self.t0 or t > self.t1:
            return None
        self.events.append([t, typ, a, b, text, cats, lure])
        return t

    def alive(self, x: str, t: float) -> bool:
        return self.meta[x]["created"] + HOUR <= t

    def key(self, a: str, b: str) -> tuple[str, str]:
        return (a, b) if a < b else (b, a)

    def connected(self, a: str, b: str) -> bool:
        return self.key(a, b) in self.conn

    def invite(
        self,
        t: float,
        a: str,
        b: str,
        p_accept: float,
        note: tuple | None = None,
        accept_h: float = 30.0,
        keep_plain: float = 0.8,
    ) -> float | None:
        k = self.key(a, b)
        if k in self.conn or t > self.t1:
            return None
        accepted = self.chance(p_accept)
        if note is not None or not accepted or self.chance(keep_plain):
            if note is not None:
                r = self.ev(t, "invitation", a, b, note[0], note[1], note[2])
            else:
                r = self.ev(t, "invitation", a, b)
            if r is None:
                return None
            t = r
        if not accepted:
            return None
        tc = self.later(t, accept_h, self.tz(b), sigma=1.3)
        if self.ev(tc, "connection", a, b) is None:
            return None
        self.conn[k] = tc
        return tc

    def connect(self, t: float, a: str, b: str) -> float | None:
        k = self.key(a, b)
        if k in self.conn:
            return None
        r = self.ev(t, "connection", a, b)
        if r is not None:
            self.conn[k] = r
        return r

    def msg(self, t: float, a: str, b: str, said: tuple) -> float | None:
        return self.ev(t, "message", a, b, said[0], said[1], said[2])

    # -- text ----------------------------------------------------------------
    def fill_value(self, key: str, a: str, b: str, lang: str, fill: Fill) -> str:
        ma, mb = self.meta[a], self.meta[b]
        li = {"en": 0, "fr": 1, "de": 2}[lang]
        if key == "first":
            return mb["first"]
        if key == "last":
            return mb["last"]
        if key == "cher":
            return "Chère" if mb["g"] == "f" else "Cher"
        if key == "sehr":
            return "Sehr geehrte Frau" if mb["g"] == "f" else "Sehr geehrter Herr"
        if key == "me":
            return f"{ma['first']} {ma['last']}"
        if key == "my_first":
            return ma["first"]
        if key == "mytitle":
            return ma.get("title") or "Consultant"
        if key == "myorg":
            return ma.get("org") or "our firm"
        if key == "mycity":
            return ma.get("city") or self.pick(COUNTRY[ma["country"]][2])
        if key == "org":
            o = mb.get("org_short") or mb.get("org")
            return o or ["your organisation", "votre organisation", "Ihrer Organisation"][li]
        sector = mb.get("sector") or ma.get("sector") or self.pick(SECTORS)
        if key == "topic":
            src = mb if mb.get("sector") == sector and mb["topics"] else ma
            idx = (
                self.pick(src["topics"])
                if src.get("topics") and src.get("sector") == sector
                else self.R.randrange(len(TOPICS[sector]))
            )
            return TOPICS[sector][idx][li]
        if key == "sector_name":
            return SECTOR_NAME[sector][li]
        if key == "city":
            return self.pick(ma.get("cities") or ABROAD_CITIES)
        if key == "month":
            return self.pick(MONTHS[lang])
        if key == "fee":
            amt = self.pick([1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 8000, 10000])
            cur = self.pick(["€", "USD", "£", "$", "€", "€"])
            if lang == "en":
                return f"{cur}{amt:,}" if cur in "€£$" else f"{cur} {amt:,}"
            sep = " " if lang == "fr" else "."
            s = f"{amt:,}".replace(",", sep)
            cur = {"£": "GBP", "$": "USD"}.get(cur, cur)
            return f"{s} {cur}"
        if key == "app":
            return self.pick(ma.get("apps") or mb.get("apps") or APPS)
        if key == "handle":
            if "handle" not in ma:
                base = ascii_slug(ma["first"] + ma["last"]).replace("-", "")
                ma["handle"] = self.pick(
                    [
                        f"{base}{self.R.randint(10, 9999)}",
                        f"wxid_{self.R.getrandbits(40):x}",
                        f"@{base}_{self.R.randint(1, 99)}",
                        f"{ma['first'].lower()}.{self.R.randint(100, 999)}",
                    ]
                )
            return ma["handle"]
        if key == "phone":
            if "phone" not in ma:
                cc = COUNTRY[ma.get("claim_country", ma["country"])][3]
                ma["phone"] = (
                    f"+{cc} {self.R.randint(100, 999)} {self.R.randint(1000, 9999)} {self.R.randint(100, 999)}"
                )
            return ma["phone"]
        if key == "myemail":
            return ma["email"]
        if key == "client_type":
            return self.pick(CLIENT_TYPE[lang])
        if key == "region":
            return self.pick(REGION[lang])
        if key == "company_type":
            return self.pick(COMPANY_TYPE[lang])
        if key == "contract":
            return self.pick(CONTRACT[lang])
        if key == "role":
            sen = mb.get("seniority", "senior")
            lvl = {"junior": 1, "senior": 2, "executive": 2}.get(sen, 1)
            return self.pick(SECTOR_ROLES[sector][lvl])
        if key == "hcity":
            return self.pick(COUNTRY[self.pick([ma["country"], mb["country"]])][2])
        if key in ("event", "forum"):
            return ma.get("forum") or self.pick([e[0] for o in ORGANISERS for e in o[2]])
        if key == "ecity":
            return self.pick(ABROAD_CITIES)
        if key in ("date", "date2"):
            return f"{self.R.randint(2, 27)}{'.' if lang == 'de' else ''} {self.pick(MONTHS[lang])}"
        if key == "url":
            return f"www.{ascii_slug(fill['event'])}.org/programme"
        if key == "univ":
            return self.pick(SCHOOLS[self.pick([ma["country"], mb["country"]])])
        if key == "project":
            return self.pick(mb.get("projects") or ma.get("projects") or PROJECTS)
        if key == "weekday":
            return self.pick(WEEKDAYS[lang])
        if key == "event2":
            return self.pick([e[0] for o in ORGANISERS for e in o[2]])
        if key == "other":
            return "a colleague"
        raise KeyError(key)

    def typo(self, text: str) -> str:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
        if idx:
            for i in self.R.sample(idx, min(len(idx), self.R.randint(1, 2))):
                w = words[i]
                j = self.R.randrange(1, len(w) - 2)
                op = self.R.random()
                if op < 0.4:
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                elif op < 0.7:
                    w = w[:j] + w[j + 1 :]
                else:
                    w = w[:j] + w[j] + w[j:]
                words[i] = w
        text = " ".join(words)
        if self.chance(0.3):
            text = text[:1].lower() + text[1:]
        if self.chance(0.3) and text.endswith("."):
            text = text[:-1]
        return text

    def say(
        self,
        a: str,
        b: str,
        lang: str,
        keys: list,
        *,
        extra: dict | None = None,
        script: dict | None = None,
        script_p: float = 0.0,
        para: float = 0.0,
        typo: float = 0.0,
        maxlen: int | None = None,
    ) -> tuple[str, list, bool]:
        fill = Fill(self, a, b, lang, extra)
        parts = []
        for k in keys:
            if not k:
                continue
            pool = T[k][lang]
            if script is not None and k in script and self.chance(script_p):
                s = pool[script[k] % len(pool)]
            else:
                s = self.pick(pool)
            parts.append((k, s.format_map(fill)))
        if maxlen:
            while len(parts) > 1 and sum(len(s) + 2 for _, s in parts) > maxlen:
                if len(parts) > 2:
                    parts.pop()
                else:
                    parts.pop(0)
        greet = parts[0][1] if parts and parts[0][0] == "greet" else None
        closer = parts[-1][1] if len(parts) > 1 and parts[-1][0] == "closer" else None
        body = " ".join(s for k, s in parts if k not in ("greet", "closer"))
        r = self.R.random()
        text = body
        if greet:
            text = greet + ("\n\n" if r < 0.45 else "\n" if r < 0.8 else " ") + body if body else greet
        if closer:
            text = text + ("\n\n" if r < 0.6 else "\n") + closer
        if para:
            for w1, w2 in PARAPHRASE[lang]:
                if w1 in text and self.chance(para):
                    text = text.replace(w1, w2, 1)
        if typo and self.chance(typo):
            text = self.typo(text)
        if maxlen and len(text) > maxlen:
            text = text[: maxlen - 1].rsplit(" ", 1)[0]
        cats = sorted({c for k, _ in parts for c in CATS[k]})
        lure = bool(cats) and self.labels[a]["label"] == "fake"
        return text, cats, lure

    def lang_pair(self, a: str, b: str) -> str:
        la, lb = self.meta[a]["lang"], self.meta[b]["lang"]
        if la == lb:
            return la if self.chance(0.88) else "en"
        return "en" if self.chance(0.85) else la

    # -- populations -----------------------------------------------------------
    @staticmethod
    def short_name(name: str) -> str:
        words = name.replace("'", " ").split()
        small = {"de", "des", "la", "les", "le", "sur", "für", "of", "the", "and", "du", "l", "d", "et", "&"}
        if len(words) >= 4:
            return "".join(w[0].upper() for w in words if w.lower() not in small)
        for suf in (" GmbH", " Ltd", " AG", " SAS", " SARL"):
            if name.endswith(suf):
                return name[: -len(suf)]
        return name

    def make_orgs(self) -> None:
        n_orgs = self.R.randint(9, 12)
        chosen = [self.pick([o for o in ORG_POOL if o[2] == s]) for s in SECTORS]
        rest = [o for o in ORG_POOL if o not in chosen]
        self.R.shuffle(rest)
        chosen += rest[: n_orgs - len(chosen)]
        n_mem = max(150, min(1500, round(0.28 * self.N)))
        w = [self.R.uniform(0.5, 2.2) for _ in chosen]
        for (name, itype, sector, country, city), x in zip(chosen, w, strict=True):
            self.orgs.append(
                {
                    "name": name,
                    "short": self.short_name(name),
                    "type": itype,
                    "sector": sector,
                    "country": country,
                    "city": city,
                    "size": max(12, round(n_mem * x / sum(w))),
                    "projects": self.R.sample(PROJECTS, 3),
                    "ids": [],
                }
            )

    def make_members(self) -> None:
        foreign = [
            "IT",
            "ES",
            "CN",
            "IN",
            "IR",
            "RU",
            "TR",
            "PL",
            "GB",
            "US",
            "DE",
            "FR",
            "SG",
            "HK",
            "KR",
            "JP",
            "NL",
            "BE",
            "CA",
            "SE",
        ]
        team = 0
        for oi, o in enumerate(self.orgs):
            left_in_team = 0
            for _ in range(o["size"]):
                if left_in_team <= 0:
                    team += 1
                    left_in_team = self.R.randint(6, 18)
                left_in_team -= 1
                native = (
                    o["country"]
                    if self.chance(0.84)
                    else self.pick([c for c in foreign if c != o["country"]])
                )
                sen = self.wpick(["junior", "senior", "executive"], [0.5, 0.38, 0.12])
                lang = WRITES.get(o["country"], "en")
                if self.chance(0.15 if native == o["country"] else 0.45):
                    lang = "en"
                if self.chance(0.06):
                    created = self.t0 + self.R.uniform(5, max(10, self.days - 40)) * DAY
                else:
                    created = self.old_created(0.4, 17)
                exp = {
                    "junior": self.R.uniform(0.5, 8),
                    "senior": self.R.uniform(7, 20),
                    "executive": self.R.uniform(14, 33),
                }[sen]
                role = self.pick(SECTOR_ROLES[o["sector"]][["junior", "senior", "executive"].index(sen)])
                vis = {"junior": 0.6, "senior": 1.4, "executive": 2.4}[sen] * self.logn(1.0, 0.5)
                aid = self.register(
                    "member",
                    "member",
                    "genuine",
                    native,
                    tz=COUNTRY[o["country"]][1],
                    lang=lang,
                    sector=o["sector"],
                    created=created,
                    org=o["name"],
                    org_short=o["short"],
                    seniority=sen,
                    team=team,
                    orgi=oi,
                    projects=o["projects"],
                    vis=vis,
                    exp=exp,
                    claim_country=o["country"],
                )
                shown = o["name"] if self.chance(0.7) else o["short"]
                prev = [
                    (
                        self.pick(SECTOR_ROLES[o["sector"]][0]),
                        self.partner_name(o["sector"], self.pick(["FR", "DE", "GB", "NL", "US"])),
                    )
                    for _ in range(3)
                ]
                self.genuine_profile(
                    aid,
                    role,
                    shown,
                    o["city"],
                    prev_pool=prev,
                    conn_median=180 + 120 * ["junior", "senior", "executive"].index(sen),
                )
                self.meta[aid]["org"] = o["name"]
                row = {"account_id": aid, "organization": o["name"]}
                if self.chance(0.98):
                    row["institution_type"] = o["type"]
                row["sector"] = o["sector"]
                if self.chance(0.95):
                    row["role"] = role
                if self.chance(0.93):
                    row["seniority"] = sen
                self.members.append(row)
                o["ids"].append(aid)
                self.member_ids.append(aid)
                self.by_sector[o["sector"]].append(aid)

    def partner_name(self, sector: str, country: str) -> str:
        city = self.pick(COUNTRY[country][2])
        word = self.pick(SECTOR_WORD[sector])
        r = self.R.random()
        if r < 0.4:
            return f"{city} {word} {self.pick(ORG_SUFFIX)}"
        if r < 0.7:
            return f"{self.pick(['Institute of', 'Centre for', 'Laboratory of'])} {word}, {city}"
        return f"{self.pick(['Applied', 'Advanced', 'National', 'United', 'Northern', 'Eastern'])} {word} {self.pick(ORG_SUFFIX)}"

    def make_partner_orgs(self) -> None:
        eu = ["FR", "DE", "GB", "NL", "BE", "CH", "IT", "ES", "PL", "SE", "US", "CA", "JP", "KR", "IL"]
        ab = ["CN", "HK", "SG", "RU", "IR", "TR", "AE", "IN", "JP", "KR", "US", "IL"]
        abw = [3, 1.5, 1.5, 1.5, 1, 1.2, 1, 1.2, 0.6, 0.6, 0.5, 0.4]
        self.partner_orgs: dict[str, dict[str, list]] = {}
        for s in SECTORS:
            self.partner_orgs[s] = {"eu": [], "ab": []}
            for _ in range(self.R.randint(4, 8)):
                c = self.pick(eu)
                self.partner_orgs[s]["eu"].append({"name": self.partner_name(s, c), "country": c, "ids": []})
            for _ in range(self.R.randint(3, 5)):
                c = self.wpick(ab, abw)
                self.partner_orgs[s]["ab"].append({"name": self.partner_name(s, c), "country": c, "ids": []})

    def sector_weights(self) -> list[float]:
        return [len(self.by_sector[s]) + 5 for s in SECTORS]

    def make_outsiders(self) -> None:
        self.make_partner_orgs()
        sw = self.sector_weights()
        for kind, frac in (("colleague-partner", 0.13), ("colleague-abroad", 0.08)):
            for _ in range(round(frac * self.N)):
                s = self.wpick(SECTORS, sw)
                po = self.pick(self.partner_orgs[s]["eu" if kind == "colleague-partner" else "ab"])
                native = po["country"] if self.chance(0.88) else self.pick(list(NAMES))
                sen = self.wpick(["junior", "senior", "executive"], [0.4, 0.45, 0.15])
                aid = self.register(
                    "outsider",
                    kind,
                    "genuine",
                    native,
                    tz=COUNTRY[po["country"]][1],
                    sector=s,
                    lang=WRITES.get(po["country"], "en"),
                    seniority=sen,
                    claim_country=po["country"],
                    vis=self.logn(1.0, 0.5),
                    exp=self.R.uniform(2, 30),
                )
                role = self.pick(SECTOR_ROLES[s][["junior", "senior", "executive"].index(sen)])
                self.genuine_profile(
                    aid,
                    role,
                    po["name"],
                    self.pick(COUNTRY[po["country"]][2]),
                    prev_pool=[(self.pick(SECTOR_ROLES[s][0]), self.partner_name(s, po["country"]))],
                )
                po["ids"].append(aid)
                self.experts_out[s].append(aid)
        for _ in range(round(0.07 * self.N)):
            s = self.wpick(SECTORS, sw)
            c = self.wpick(
                list(SCHOOLS),
                [
                    6 if k in ("FR", "DE", "GB") else 2 if k in ("CN", "US", "CH", "NL", "SG", "HK") else 1
                    for k in SCHOOLS
                ],
            )
            native = c if self.chance(0.8) else self.pick(list(NAMES))
            aid = self.register(
                "outsider",
                "academic",
                "genuine",
                native,
                tz=COUNTRY[c][1],
                sector=s,
                lang=WRITES.get(c, "en"),
                claim_country=c,
                seniority=self.pick(["junior", "senior", "executive"]),
                vis=self.logn(1.0, 0.5),
                exp=self.R.uniform(3, 35),
            )
            school = self.pick(SCHOOLS[c])
            self.genuine_profile(
                aid,
                self.pick(ACA_TITLES),
                school,
                self.pick(COUNTRY[c][2]),
                prev_pool=[("Postdoctoral Researcher", self.pick(SCHOOLS[self.pick(list(SCHOOLS))]))],
                verified_p=0.1,
            )
            self.experts_out[s].append(aid)
        # genuine multi-staff firms whose behaviour overlaps lures
        firms = [
            (
                "Crossley Advisory",
                "GB",
                "consultancy-staff",
                (6, 16),
                ["Consultant", "Senior Consultant", "Manager", "Partner", "Analyst"],
            ),
            (
                "Vautrin & Associés",
                "FR",
                "consultancy-staff",
                (4, 10),
                ["Consultant", "Consultant senior", "Associé", "Manager"],
            ),
            (
                "Insightline Expert Network",
                "US",
                "expert-network",
                (8, 20),
                ["Associate", "Senior Associate", "Research Manager", "Client Service Associate"],
            ),
            (
                "European Council on Technology Policy",
                "BE",
                "policy-analyst",
                (3, 7),
                ["Policy Analyst", "Senior Fellow", "Programme Director", "Research Assistant"],
            ),
        ]
        self.genuine_firms: dict[str, list[str]] = {}
        for name, c, persona, (lo, hi), titles in firms:
            n = max(2, round(self.R.randint(lo, hi) * min(1.5, max(0.5, self.scale))))
            ids = []
            dom = ascii_slug(name).replace("-", "") + ".com"
            for _ in range(n):
                native = c if self.chance(0.7) else self.pick(list(NAMES))
                off = c if self.chance(0.75) else self.pick(["GB", "US", "SG", "HK", "DE", "FR"])
                aid = self.register(
                    "outsider",
                    persona,
                    "genuine",
                    native,
                    tz=COUNTRY[off][1],
                    lang=WRITES.get(off, "en"),
                    sector=self.pick(SECTORS),
                    claim_country=off,
                    exp=self.R.uniform(1, 20),
                )
                self.meta[aid]["email"] = self.email_for(self.meta[aid]["first"], self.meta[aid]["last"], dom)
                self.genuine_profile(
                    aid, self.pick(titles), name, self.pick(COUNTRY[off][2]), conn_median=400, verified_p=0.35
                )
                ids.append(aid)
            self.genuine_firms[persona + ":" + name] = ids
        # vendor sales staff
        vendors = ["DataHarbor Software", "Qualis Docs", "NimbusOps", "Clearpath Analytics", "Sensorix GmbH"]
        for _ in range(max(4, round(0.006 * self.N))):
            c = self.pick(["GB", "DE", "FR", "US", "NL", "IN", "SG"])
            aid = self.register(
                "outsider", "sales", "genuine", c, sector=self.pick(SECTORS), exp=self.R.uniform(1, 15)
            )
            self.genuine_profile(
                aid,
                self.pick(
                    [
                        "Account Executive",
                        "Sales Development Representative",
                        "Key Account Manager",
                        "Business Development Manager",
                    ]
                ),
                self.pick(vendors),
                self.pick(COUNTRY[c][2]),
                conn_median=600,
            )

    def make_recruiters(self) -> None:
        firms = self.R.sample(RECRUIT_FIRMS, self.R.randint(5, 7))
        total = round(0.08 * self.N)
        w = [self.R.uniform(0.5, 2.0) for _ in firms]
        self.firms = []
        for (name, country, logo, template, sectors), x in zip(firms, w, strict=True):
            f = {
                "name": name,
                "country": country,
                "sectors": sectors,
                "ids": [],
                "logo": self.new_photo() if logo else None,
                "script": {
                    k: self.R.randrange(97)
                    for k in ("rec_intro", "rec_job", "rec_salary", "rec_note_job", "rec_call")
                },
                "script_p": 0.8 if template else 0.0,
                "domain": ascii_slug(name).replace("-", "") + ".com",
            }
            n = max(6, round(total * x / sum(w)))
            for _ in range(n):
                off = (
                    country
                    if self.chance(0.78)
                    else self.pick(["GB", "DE", "FR", "SG", "US", "NL", "CH", "AE", "HK"])
                )
                native = off if self.chance(0.85) else self.pick(list(NAMES))
                created = (
                    self.t0 + self.R.uniform(0, self.days * 0.7) * DAY
                    if self.chance(0.22)
                    else self.old_created(0.3, 15)
                )
                aid = self.register(
                    "recruiter",
                    "recruiter",
                    "genuine",
                    native,
                    tz=COUNTRY[off][1],
                    lang=WRITES.get(off, "en"),
                    sector=self.pick(sectors),
                    created=created,
                    claim_country=off,
                    exp=self.R.uniform(0.5, 20),
                    firm=name,
                )
                m = self.meta[aid]
                m["email"] = self.email_for(m["first"], m["last"], f["domain"])
                photo = (
                    f["logo"] if (f["logo"] and self.chance(0.45)) else ("new" if self.chance(0.9) else None)
                )
                self.genuine_profile(
                    aid,
                    self.pick(REC_TITLES),
                    name,
                    self.pick(COUNTRY[off][2]),
                    photo=photo,
                    conn_median=480,
                    verified_p=0.35,
                    about_extra=[
                        f"Connecting talent with leading employers in {SECTOR_NAME[m['sector']][0]}."
                    ]
                    if self.chance(0.5)
                    else None,
                    prev_pool=[
                        (
                            self.pick(REC_TITLES),
                            self.pick(
                                [r[0] for r in RECRUIT_FIRMS if r[0] != name] + ["Hays", "Michael Page"]
                            ),
                        )
                    ],
                )
                f["ids"].append(aid)
            self.firms.append(f)

    def make_organisers(self) -> None:
        orgs = self.R.sample(ORGANISERS, self.R.randint(7, 10))
        total = round(0.045 * self.N)
        w = [self.R.uniform(0.5, 2.0) for _ in orgs]
        self.organisers = []
        for (name, country, events), x in zip(orgs, w, strict=True):
            o = {
                "name": name,
                "country": country,
                "ids": [],
                "logo": self.new_photo() if self.chance(0.5) else None,
                "editions": [],
            }
            for ev_name, city, sector in events:
                for _ in range(self.R.randint(1, 3)):
                    o["editions"].append(
                        {
                            "event": ev_name,
                            "city": city,
                            "sector": sector,
                            "day": self.R.uniform(70, self.days),
                            "travel_p": self.R.uniform(0.2, 0.8),
                            "fee_p": self.R.uniform(0.0, 0.35),
                        }
                    )
            n = max(3, round(total * x / sum(w)))
            for _ in range(n):
                off = country if self.chance(0.85) else self.pick(["GB", "DE", "FR", "SG", "US", "CH"])
                native = off if self.chance(0.8) else self.pick(list(NAMES))
                created = (
                    self.t0 + self.R.uniform(0, self.days * 0.6) * DAY
                    if self.chance(0.15)
                    else self.old_created(0.3, 14)
                )
                aid = self.register(
                    "organiser",
                    "event-organiser",
                    "genuine",
                    native,
                    tz=COUNTRY[off][1],
                    lang=WRITES.get(off, "en"),
                    sector=events[0][2],
                    created=created,
                    claim_country=off,
                    exp=self.R.uniform(1, 20),
                )
                m = self.meta[aid]
                m["email"] = self.email_for(m["first"], m["last"], ascii_slug(name).replace("-", "") + ".org")
                photo = (
                    o["logo"] if (o["logo"] and self.chance(0.3)) else ("new" if self.chance(0.9) else None)
                )
                self.genuine_profile(
                    aid, self.pick(ORG_TITLES), name, self.pick(COUNTRY[off][2]), photo=photo, conn_median=420
                )
                o["ids"].append(aid)
            self.organisers.append(o)

    def make_ordinary(self) -> None:
        n = max(50, self.N - len(self.meta))
        sw = self.sector_weights()
        where = ["FR", "DE", "GB", "US", "NL", "BE", "CH", "IT", "ES", "PL", "SE", "CA"]
        where += ["CN", "IN", "TR", "RU", "SG", "HK", "AE", "IR", "JP", "KR", "IL"]
        where_w = [5, 5, 4, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 0.8, 0.6, 0.5, 0.4, 0.4, 0.3, 0.4, 0.3, 0.3]
        for _ in range(n):
            c = self.wpick(where, where_w)
            r = self.R.random()
            persona = "ordinary"
            if r < 0.06:
                persona = "independent-consultant"
            elif r < 0.075:
                persona = "open-networker"
            sector = self.wpick(SECTORS, sw) if self.chance(0.35 if persona == "ordinary" else 0.8) else None
            created = (
                self.t0 + self.R.uniform(0, self.days * 0.8) * DAY
                if self.chance(0.07)
                else self.old_created(0.2, 17)
            )
            aid = self.register(
                "ordinary", persona, "genuine", c, sector=sector, created=created, exp=self.R.uniform(0.5, 30)
            )
            m = self.meta[aid]
            if persona == "independent-consultant":
                org = self.pick(
                    [
                        f"{m['last']} Consulting",
                        f"{m['last']} & Partners",
                        f"{self.pick(WORD_A)}{self.pick(WORD_B)} {self.pick(WORD_C)}",
                        "Self-employed",
                        "Freelance",
                    ]
                )
                title = self.pick(
                    ["Independent Consultant", "Founder", "Managing Director", "Senior Advisor", "Owner"]
                )
                self.genuine_profile(aid, title, org, self.pick(COUNTRY[c][2]), conn_median=350)
            else:
                title = self.pick(SECTOR_ROLES[sector][0]) if sector else self.pick(ORD_TITLES)
                org = (
                    self.partner_name(sector, c)
                    if sector
                    else self.pick(
                        [
                            "Carrefour",
                            "Deutsche Bahn",
                            "Tesco",
                            "Decathlon",
                            "Allianz",
                            "BNP Paribas",
                            "Lidl",
                            "Vodafone",
                            "Siemens",
                            "Renault",
                            "Local Council",
                            "Freelance",
                            "Self-employed",
                            "Stealth Startup",
                            "Unilever",
                            "Infosys",
                            "Huawei",
                            "Emirates",
                        ]
                    )
                )
                self.genuine_profile(
                    aid,
                    title,
                    org,
                    self.pick(COUNTRY[c][2]),
                    conn_median=200 if persona == "ordinary" else 500,
                    photo="new" if self.chance(0.9) else None,
                )

    # -- fake campaigns: accounts --------------------------------------------------
    STYLE: ClassVar[dict] = {
        # size, targets per persona, active days, note_p, inmail_p, accept, reply, followup, ask, secrecy, urgency, flattery, early_off, slow
        "burst": (
            (10, 32),
            (20, 70),
            (25, 90),
            0.85,
            0.05,
            0.30,
            0.28,
            0.25,
            0.35,
            0.30,
            0.30,
            0.60,
            0.35,
            0.0,
        ),
        "thinktank": (
            (3, 8),
            (6, 22),
            (150, 450),
            0.60,
            0.15,
            0.45,
            0.40,
            0.50,
            0.55,
            0.40,
            0.15,
            0.70,
            0.10,
            0.5,
        ),
        "impersonator": (
            (2, 6),
            (12, 40),
            (40, 150),
            0.70,
            0.20,
            0.45,
            0.40,
            0.35,
            0.60,
            0.25,
            0.40,
            0.50,
            0.40,
            0.1,
        ),
        "conference": (
            (3, 7),
            (12, 40),
            (60, 180),
            0.70,
            0.30,
            0.40,
            0.40,
            0.45,
            0.40,
            0.20,
            0.45,
            0.60,
            0.20,
            0.0,
        ),
        "handoff": (
            (2, 3),
            (10, 30),
            (120, 360),
            0.55,
            0.20,
            0.42,
            0.40,
            0.40,
            0.60,
            0.45,
            0.25,
            0.60,
            0.15,
            0.3,
        ),
        "sleeper": (
            (2, 5),
            (4, 14),
            (200, 400),
            0.40,
            0.10,
            0.55,
            0.45,
            0.50,
            0.60,
            0.45,
            0.10,
            0.40,
            0.10,
            0.75,
        ),
        "researcher": (
            (2, 5),
            (5, 18),
            (150, 400),
            0.60,
            0.25,
            0.45,
            0.45,
            0.45,
            0.65,
            0.30,
            0.15,
            0.55,
            0.10,
            0.6,
        ),
        "lone": ((1, 1), (2, 6), (90, 500), 0.50, 0.20, 0.45, 0.45, 0.55, 0.60, 0.40, 0.20, 0.50, 0.10, 0.7),
    }
    CLAIM: ClassVar[tuple] = (
        ["GB", "SG", "HK", "US", "CH", "FR", "DE", "AE", "CN", "NL", "BE", "CA"],
        [0.2, 0.12, 0.12, 0.1, 0.08, 0.06, 0.06, 0.06, 0.08, 0.04, 0.04, 0.04],
    )

    def invented_name(self) -> str:
        while True:
            n = f"{self.pick(WORD_A)}{self.pick(WORD_B)} {self.pick(WORD_C)}"
            if n not in self.used_fake_orgs:
                self.used_fake_orgs.append(n)
                return n

    def take(self, pool: list[str]) -> str:
        free = [x for x in pool if x not in self.used_fake_orgs]
        name = self.pick(free) if free else self.invented_name()
        self.used_fake_orgs.append(name)
        return name

    def make_campaigns(self) -> None:
        s = self.scale
        plan = (
            ["burst"] * self.R.randint(2, 3)
            + ["thinktank"] * self.R.randint(1, 2)
            + ["impersonator"] * self.R.randint(1, 2)
            + ["conference"]
            + ["handoff"] * max(1, round(self.R.randint(2, 4) * s))
            + ["sleeper"] * self.R.randint(1, 2)
            + ["researcher"] * self.R.randint(0, 1)
            + ["lone"] * max(2, round(self.R.randint(6, 14) * s))
        )
        self.R.shuffle(plan)
        for i, style in enumerate(plan):
            self.new_campaign(f"C{i + 1:02d}", style)

    def new_campaign(self, cid: str, style: str) -> None:
        R = self.R
        size_r, tgt_r, act_r, *params = self.STYLE[style]
        names = [
            "note_p",
            "inmail_p",
            "accept",
            "reply",
            "followup_p",
            "ask_p",
            "secrecy_p",
            "urgency_p",
            "flattery_p",
            "early_off_p",
            "slow_p",
        ]
        c = {"id": cid, "style": style, "accounts": []}
        for k, v in zip(names, params, strict=True):
            c[k] = min(0.95, v * R.uniform(0.8, 1.2))
        size = R.randint(*size_r)
        if style == "burst":
            size = max(4, round(size * max(0.4, self.scale)))
        c["targets"] = tgt_r
        c["sectors"] = R.sample(
            SECTORS, self.wpick([1, 2, 3], [0.35, 0.45, 0.2]) + (1 if style == "burst" else 0)
        )
        c["lang"] = self.wpick(["en", "target", "mixed"], [0.35, 0.45, 0.2])
        c["op_tz"] = self.wpick([8, 3, 3.5, 0, 1, -5, None], [0.3, 0.15, 0.07, 0.05, 0.05, 0.03, 0.35])
        c["apps"] = R.sample(APPS, 2)
        c["typo"] = R.uniform(0.03, 0.25)
        c["cities"] = R.sample(ABROAD_CITIES, 3)
        c["script"] = {k: R.randrange(97) for k in T}
        c["note_variant"] = R.randrange(6)
        c["seniority_pref"] = self.wpick(["senior", "any", "junior"], [0.6, 0.3, 0.1])
        start = R.uniform(0, max(10, self.days - 60))
        dur = R.uniform(*act_r)
        if style == "sleeper":
            start = R.uniform(0.35, 0.75) * self.days
        c["start"], c["end"] = start, min(self.days, start + dur)
        # fingerprints: what this campaign shares
        photo_modes = {
            "burst": (["near", "exact", "unique", "none"], [0.45, 0.25, 0.2, 0.1]),
            "impersonator": (["logo", "stolen", "unique"], [0.5, 0.2, 0.3]),
            "lone": (["unique", "stolen", "none"], [0.6, 0.25, 0.15]),
        }.get(style, (["unique", "near", "exact", "stolen", "none"], [0.45, 0.2, 0.1, 0.1, 0.15]))
        c["photo_mode"] = self.wpick(*photo_modes)
        c["script_mode"] = {
            "burst": self.wpick(["strict", "paraphrase", "none"], [0.45, 0.45, 0.1]),
            "impersonator": self.wpick(["strict", "paraphrase", "none"], [0.4, 0.4, 0.2]),
            "lone": "none",
        }.get(style, self.wpick(["strict", "paraphrase", "none"], [0.15, 0.4, 0.45]))
        c["script_p"], c["para"] = {"strict": (0.95, 0.0), "paraphrase": (0.7, 0.35), "none": (0.0, 0.0)}[
            c["script_mode"]
        ]
        c["base_photos"] = [self.new_photo() for _ in range(R.randint(1, 2))]
        genuine_with_photo = [
            a
            for a in self.kind_ids.get("ordinary", []) + self.kind_ids.get("outsider", [])
            if "photo" in self.acc.get(a, {})
        ]
        # personas and employer
        if style == "burst":
            personas = [self.wpick(["consultant", "headhunter", "think-tank"], [0.6, 0.25, 0.15])] * size
            c["employer_mode"] = self.wpick(["shared", "each", "claims-real"], [0.5, 0.35, 0.15])
        elif style == "thinktank":
            personas = ["think-tank"] * size
            c["employer_mode"] = "shared"
        elif style == "impersonator":
            personas = ["impersonator"] * size
            c["employer_mode"] = "impersonate"
        elif style == "conference":
            personas = ["conference-organiser"] * size
            c["employer_mode"] = "shared"
        elif style == "handoff":
            personas = ["headhunter"] + ["business-representative"] * (size - 1)
            c["employer_mode"] = self.wpick(["split", "shared"], [0.6, 0.4])
        elif style == "sleeper":
            personas = [
                self.pick(["consultant", "business-representative", "think-tank"]) for _ in range(size)
            ]
            c["employer_mode"] = self.wpick(["each", "claims-real", "shared"], [0.45, 0.35, 0.2])
        elif style == "researcher":
            personas = ["researcher"] * size
            c["employer_mode"] = self.wpick(["shared", "claims-university"], [0.6, 0.4])
        else:
            personas = [
                self.pick(["consultant", "think-tank", "headhunter", "researcher", "business-representative"])
            ]
            c["employer_mode"] = self.wpick(["each", "claims-real"], [0.8, 0.2])
        pool_for = {
            "consultant": FAKE_CONSULTANCIES,
            "think-tank": FAKE_THINKTANKS,
            "headhunter": FAKE_SEARCH,
            "business-representative": FAKE_CONSULTANCIES,
            "researcher": FAKE_INSTITUTES,
            "conference-organiser": FAKE_FORUMS,
        }
        shared_org = None
        if c["employer_mode"] == "shared":
            shared_org = self.take(pool_for[personas[0]])
        firm = None
        if c["employer_mode"] == "impersonate":
            firm = self.pick(self.firms)
            c["firm"] = firm["name"]
            c["sectors"] = [x for x in firm["sectors"] if self.by_sector[x]] or c["sectors"]
        split_orgs = {}
        if c["employer_mode"] == "split":
            split_orgs = {
                "headhunter": self.take(FAKE_SEARCH),
                "business-representative": self.take(FAKE_CONSULTANCIES),
            }
        c["forum"] = shared_org if style == "conference" else None
        c["city"] = self.pick(c["cities"])
        claims = self.R.sample(self.CLAIM[0], 3)
        burst_created = self.t0 + (start - R.uniform(3, 30)) * DAY
        for persona in personas:
            claim = (
                firm["country"]
                if firm and self.chance(0.7)
                else self.wpick(self.CLAIM[0], self.CLAIM[1])
                if style == "lone"
                else self.pick(claims)
            )
            if style in ("burst", "impersonator"):
                created = (
                    burst_created + R.uniform(0, 18) * DAY
                    if style == "burst"
                    else self.t0 + (start - R.uniform(5, 60)) * DAY
                )
            elif style == "conference":
                created = (
                    self.t0 + (start - R.uniform(10, 90)) * DAY
                    if self.chance(0.5)
                    else self.old_created(1, 4)
                )
            elif style == "sleeper":
                created = self.old_created(4, 10)
            elif style in ("thinktank", "researcher"):
                created = self.old_created(1.5, 7)
            elif style == "handoff":
                created = (
                    self.old_created(0.5, 4)
                    if self.chance(0.6)
                    else self.t0 + (start - R.uniform(10, 120)) * DAY
                )
            else:
                created = self.old_created(0.4, 6)
            if c["employer_mode"] == "shared":
                org = shared_org
            elif c["employer_mode"] == "impersonate":
                org = (
                    firm["name"]
                    if self.chance(0.7)
                    else firm["name"] + self.pick([" Ltd", " Group", " International", " Asia"])
                )
            elif c["employer_mode"] == "split":
                org = split_orgs[persona]
            elif c["employer_mode"] == "claims-real":
                s0 = self.pick(c["sectors"])
                org = self.pick(self.partner_orgs[s0]["eu"] + self.partner_orgs[s0]["ab"])["name"]
            elif c["employer_mode"] == "claims-university":
                org = self.pick(SCHOOLS[self.pick(["GB", "SG", "HK", "CH", "CN", "US"])])
            else:
                org = self.invented_name()
            tz = c["op_tz"] if c["op_tz"] is not None else COUNTRY[claim][1]
            lang = WRITES.get(claim, "en") if self.chance(0.7) else "en"
            aid = self.register(
                "fake",
                persona,
                "fake",
                claim,
                tz=tz,
                lang=lang,
                sector=self.pick(c["sectors"]),
                campaign=cid,
                created=created,
                claim_country=claim,
                org=org,
                title=self.pick(FAKE_TITLES[persona]),
                apps=c["apps"],
                cities=c["cities"],
                forum=c["forum"],
                exp=R.uniform(3, 20),
            )
            self.meta[aid]["city"] = self.pick(COUNTRY[claim][2])
            self.fake_profile(aid, c, style, firm, genuine_with_photo)
            c["accounts"].append(aid)
        self.campaigns.append(c)

    def fake_profile(self, aid: str, c: dict, style: str, firm: dict | None, stolen_pool: list[str]) -> None:
        m = self.meta[aid]
        rich = style in ("thinktank", "sleeper", "lone", "researcher", "handoff") or (
            style == "conference" and self.chance(0.5)
        )
        now_year = 1970 + self.t0 / (365.25 * DAY)
        created_year = 1970 + m["created"] / (365.25 * DAY)
        if rich:
            grad = now_year - self.R.uniform(8, 25)
            cur_start = min(now_year, created_year + self.R.uniform(-3, 1))
            n_prev = self.R.randint(2, 4)
        else:
            grad = now_year - (self.R.uniform(1, 6) if self.chance(0.35) else self.R.uniform(6, 18))
            cur_start = max(grad + 0.5, created_year - self.R.uniform(0, 1))
            n_prev = self.wpick([0, 1, 2], [0.45, 0.4, 0.15])
        loc = self.location(m["claim_country"], m["city"])
        prev_pool = [
            (
                self.pick(
                    [
                        "Analyst",
                        "Consultant",
                        "Project Manager",
                        "Research Assistant",
                        "Associate",
                        "Account Manager",
                    ]
                ),
                self.pick(
                    [
                        "Deloitte",
                        "KPMG",
                        "HSBC",
                        "Standard Chartered",
                        "Huawei",
                        "Accenture",
                        "Ministry of Commerce",
                        "World Economic Forum",
                        "Bain & Company",
                        "State Grid",
                        "Mubadala",
                        self.partner_name(m["sector"], m["claim_country"]),
                    ]
                ),
            )
        ]
        if style == "impersonator":
            prev_pool = [
                (self.pick(REC_TITLES), self.pick(["Hays", "Michael Page", "Randstad", "Robert Walters"]))
            ]
        pos = self.positions(
            m["title"],
            m["org"],
            cur_start,
            grad,
            prev_pool,
            loc,
            n_prev,
            desc=self.pick(
                [
                    "Advising clients on strategy and market entry.",
                    "Expert networks, market intelligence.",
                    "Organising high-level dialogues between experts.",
                    "Executive search for technology leaders.",
                ]
            ),
        )
        edu = self.education(
            m["country"],
            grad,
            m["sector"],
            n=self.R.randint(1, 2) if rich else self.wpick([0, 1], [0.4, 0.6]),
        )
        # about text: sometimes a campaign-wide blurb
        about = None
        if c["script_mode"] == "strict" and self.chance(0.7):
            if "about" not in c:
                c["about"] = self.about_text(
                    m, self.R.sample(ABOUT_GOV, 1) if self.chance(0.5) else None, n=2
                )
            about = c["about"]
        elif self.chance(0.7 if rich else 0.45):
            about = self.about_text(m, self.R.sample(ABOUT_GOV, 1) if self.chance(0.35) else None)
        mode = c["photo_mode"]
        photo: dict | None
        if mode == "exact" and self.chance(0.65):
            photo = dict(self.pick(c["base_photos"]))
        elif mode == "near" and self.chance(0.75):
            photo = self.near_photo(self.pick(c["base_photos"]))
        elif mode == "logo" and firm and firm["logo"] and self.chance(0.7):
            photo = dict(firm["logo"])
        elif mode == "stolen" and stolen_pool and self.chance(0.6):
            photo = dict(self.acc[self.pick(stolen_pool)]["photo"])
        elif mode == "none" and self.chance(0.6):
            photo = None
        else:
            photo = self.new_photo() if self.chance(0.92) else None
        conns = self.conn_count(380 if rich else 90, 0.6 if rich else 0.8)
        hs = self.pick(["at", "pipe", "plain", "at"])
        sec = SECTOR_NAME[m["sector"]][0]
        headline = {
            "at": f"{m['title']} at {m['org']}",
            "pipe": f"{m['title']} | {m['org']} | {sec.title()}",
            "plain": f"{m['title']} - {self.pick(['Strategy', 'Innovation', 'Global Affairs', 'Talent', 'Technology'])}",
        }[hs]
        skills = (
            self.R.sample(SKILLS[None] + SKILLS[m["sector"]], k=self.R.randint(3, 9))
            if self.chance(0.7)
            else None
        )
        langs = (
            sorted(
                {"English", LANG_NAMES[m["country"]]}
                | (
                    {self.pick(["Mandarin", "French", "German", "Arabic", "Russian"])}
                    if self.chance(0.3)
                    else set()
                )
            )
            if self.chance(0.55)
            else None
        )
        self.build_profile(
            aid,
            headline=headline,
            about=about,
            positions=pos,
            education=edu,
            skills=skills,
            languages=langs,
            photo=photo,
            connections=conns,
            followers=int(conns * self.R.uniform(0.8, 2.2)) if self.chance(0.7) else None,
            verified=self.chance(0.03),
            loc=loc,
        )

    # -- genuine activity ------------------------------------------------------------
    COL_FIRST: ClassVar[tuple] = (
        [
            ["col_sched"],
            ["col_zoom"],
            ["col_docs"],
            ["col_question"],
            ["col_congrats"],
            ["col_thanks"],
            ["col_small"],
            ["col_praise"],
            ["col_docs", "col_rush"],
            ["col_question", "col_confidential"],
            ["col_sched", "col_zoom"],
        ],
        [0.2, 0.13, 0.11, 0.13, 0.08, 0.1, 0.08, 0.04, 0.04, 0.03, 0.05],
    )
    COL_NEXT: ClassVar[list[str]] = [
        "col_sched",
        "col_zoom",
        "col_docs",
        "col_question",
        "col_thanks",
        "col_rush",
    ]

    def window_time(self, a: str, b: str | None = None, lo_day: float = 0.0) -> float:
        lo = max(self.t0, self.meta[a]["created"], self.meta[b]["created"] if b else self.t0) + lo_day * DAY
        if lo >= self.t1:
            return self.t1 + DAY
        day = (lo - self.t0) / DAY + self.R.uniform(0, (self.t1 - lo) / DAY)
        return self.at_day(day, self.tz(a))

    def thread(
        self,
        a: str,
        b: str,
        t: float,
        first: list[str],
        *,
        lang: str | None = None,
        replies: int | None = None,
        typo: float = 0.15,
    ) -> None:
        lang = lang or self.lang_pair(a, b)
        keys = (["greet"] if self.chance(0.45) else []) + first + (["closer"] if self.chance(0.15) else [])
        t = self.snap(t, self.tz(a))
        if self.msg(t, a, b, self.say(a, b, lang, keys, typo=typo)) is None:
            return
        n = replies if replies is not None else self.wpick([0, 1, 2, 3, 4], [0.3, 0.35, 0.2, 0.1, 0.05])
        s, r = b, a
        for _ in range(n):
            t = self.later(t, 3, self.tz(s), 1.3)
            keys = ["col_reply"] if self.chance(0.6) else [self.pick(self.COL_NEXT)]
            if self.msg(t, s, r, self.say(s, r, lang, keys, typo=typo)) is None:
                return
            s, r = r, s

    def link(
        self,
        a: str,
        b: str,
        *,
        strong: float,
        note_keys: list | None = None,
        note_p: float = 0.08,
        accept: float = 0.97,
        lo_day: float = 0.0,
        endorse_p: float = 0.08,
    ) -> float | None:
        if self.connected(a, b):
            return None
        ca, cb = self.meta[a]["created"], self.meta[b]["created"]
        newest = max(ca, cb)
        if newest > self.t0 and self.chance(0.8):
            t = self.snap(newest + self.logn(5, 1.0) * DAY, self.tz(a))
            if cb > ca:
                a, b = b, a
        else:
            if self.chance(0.5):
                a, b = b, a
            t = self.window_time(a, b, lo_day)
        note = None
        if self.chance(note_p):
            note = self.say(
                a,
                b,
                self.lang_pair(a, b),
                ["greet", self.pick(note_keys or ["col_note"])],
                maxlen=300,
                typo=0.1,
            )
        tc = self.invite(t, a, b, accept, note, accept_h=20, keep_plain=0.75)
        if tc is None:
            return None
        for _ in range(self.poisson(strong)):
            ts = tc + self.R.uniform(0, max(1.0, self.t1 - tc))
            x, y = (a, b) if self.chance(0.5) else (b, a)
            self.thread(x, y, ts, self.wpick(*self.COL_FIRST))
        if self.chance(endorse_p):
            x, y = (a, b) if self.chance(0.5) else (b, a)
            self.ev(tc + self.R.uniform(1, 200) * DAY, "endorsement", x, y)
        return tc

    def act_members(self) -> None:
        for o in self.orgs:
            ids = o["ids"]
            n = len(ids)
            p_org = min(0.05, 5.0 / max(n, 1))
            for i in range(n):
                ti = self.meta[ids[i]]["team"]
                for j in range(i + 1, n):
                    same = ti == self.meta[ids[j]]["team"]
                    if self.chance(0.5 if same else p_org):
                        self.link(ids[i], ids[j], strong=1.0 if same else 0.3)
        for a in self.member_ids:
            s = self.meta[a]["sector"]
            for _ in range(self.poisson(1.0)):
                b = self.pick(self.by_sector[s]) if self.chance(0.6) else self.pick(self.member_ids)
                if b != a:
                    self.link(a, b, strong=0.25, note_p=0.15)

    def act_outsiders(self) -> None:
        for kind in ("colleague-partner", "colleague-abroad", "academic"):
            for a in [x for x in self.kind_ids["outsider"] if self.meta[x]["persona"] == kind]:
                m = self.meta[a]
                k = 1 + self.poisson(3.5)
                pool = (
                    self.by_sector[m["sector"]]
                    if self.chance(0.85) and self.by_sector[m["sector"]]
                    else self.member_ids
                )
                contacts = self.sample_weighted(pool, [self.meta[x]["vis"] for x in pool], k)
                notes = ["col_note", "ord_note"] + (["aca_collab"] if kind == "academic" else [])
                for b in contacts:
                    x, y = (a, b) if self.chance(0.55) else (b, a)
                    self.link(x, y, strong=0.35, note_keys=notes, note_p=0.22, accept=0.85, endorse_p=0.05)
                if kind == "academic" and self.chance(0.3):
                    self.academic_event(a)
        # colleagues at partner organisations know each other
        for s in SECTORS:
            for po in self.partner_orgs[s]["eu"] + self.partner_orgs[s]["ab"]:
                ids = po["ids"]
                for i in range(len(ids)):
                    for j in range(i + 1, len(ids)):
                        if self.chance(0.35):
                            self.link(ids[i], ids[j], strong=0.4, accept=0.95)
        for key, ids in self.genuine_firms.items():
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    if self.chance(0.55):
                        self.link(ids[i], ids[j], strong=0.3, endorse_p=0.15)
            persona = key.split(":")[0]
            for a in ids:
                if persona == "expert-network":
                    for b in self.sample_weighted(
                        self.member_ids, [self.meta[x]["vis"] for x in self.member_ids], self.R.randint(8, 40)
                    ):
                        self.expert_network_approach(a, b)
                elif persona == "policy-analyst":
                    for b in self.sample_weighted(
                        self.member_ids, [self.meta[x]["vis"] for x in self.member_ids], self.R.randint(8, 30)
                    ):
                        self.think_tank_approach(a, b)
                else:
                    for b in self.R.sample(self.member_ids, self.R.randint(1, 6)):
                        self.link(
                            a, b, strong=0.3, note_keys=["col_note", "ord_note"], note_p=0.2, accept=0.8
                        )
        for a in [x for x in self.kind_ids["outsider"] if self.meta[x]["persona"] == "sales"]:
            s = self.meta[a]["sector"]
            pool = self.by_sector[s] or self.member_ids
            for b in self.R.sample(pool, min(len(pool), self.R.randint(15, 60))):
                self.sales_approach(a, b)

    def academic_event(self, a: str) -> None:
        m = self.meta[a]
        pool = self.by_sector[m["sector"]] or self.member_ids
        day = self.R.uniform(0, self.days)
        univ = m["org"]
        for b in self.R.sample(pool, min(len(pool), self.R.randint(4, 18))):
            t = self.at_day(day + self.R.uniform(0, 20), self.tz(a))
            if not (self.alive(a, t) and self.alive(b, t)):
                continue
            lang = self.lang_pair(a, b)
            keys = ["greet", "aca_workshop", "aca_reimb" if self.chance(0.5) else None, "closer"]
            if self.msg(t, a, b, self.say(a, b, lang, keys, extra={"univ": univ}, typo=0.08)) is None:
                continue
            if self.chance(0.3 + 0.3 * self.meta[b]["open"]):
                t = self.later(t, 30, self.tz(b))
                self.msg(
                    t,
                    b,
                    a,
                    self.say(
                        b, a, lang, [self.pick(["rep_accept_talk", "rep_decline", "rep_question"])], typo=0.1
                    ),
                )

    def expert_network_approach(self, a: str, b: str) -> None:
        t = self.window_time(a, b)
        lang = self.lang_pair(a, b)
        keys = [
            "greet",
            "exn_offer",
            "exn_compliance" if self.chance(0.65) else None,
            "exn_call" if self.chance(0.5) else None,
            "closer",
        ]
        if self.msg(t, a, b, self.say(a, b, lang, keys, typo=0.04)) is None:
            return
        if self.chance(0.12 + 0.3 * self.meta[b]["open"]):
            t = self.later(t, 24, self.tz(b))
            if self.chance(0.5):
                self.msg(t, b, a, self.say(b, a, lang, ["rep_decline"]))
            else:
                self.msg(t, b, a, self.say(b, a, lang, ["rep_interested"]))
                t = self.later(t, 5, self.tz(a))
                self.msg(t, a, b, self.say(a, b, lang, ["exn_call", "exn_compliance"]))
                if self.chance(0.6):
                    self.msg(self.later(t, 10, self.tz(b)), b, a, self.say(b, a, lang, ["rep_contact"]))

    def think_tank_approach(self, a: str, b: str) -> None:
        t = self.window_time(a, b)
        lang = self.lang_pair(a, b)
        if self.chance(0.6):
            keys = ["greet", "tt_roundtable", "org_travel" if self.chance(0.3) else None, "closer"]
        else:
            keys = ["greet", "tt_blog", "closer"]
        tc = None
        if not self.connected(a, b) and self.chance(0.5):
            tc = self.invite(t, a, b, 0.4 + 0.4 * self.meta[b]["open"], None)
            if tc is None:
                return
            t = self.later(tc, 30, self.tz(a))
        if (
            self.msg(
                t,
                a,
                b,
                self.say(
                    a,
                    b,
                    lang,
                    keys,
                    extra={"ecity": self.pick(["Brussels", "Paris", "Berlin", "Geneva"])},
                    typo=0.04,
                ),
            )
            is None
        ):
            return
        if self.chance(0.25 + 0.3 * self.meta[b]["open"]):
            self.msg(
                self.later(t, 30, self.tz(b)),
                b,
                a,
                self.say(b, a, lang, [self.pick(["rep_accept_talk", "rep_decline", "rep_interested"])]),
            )

    def sales_approach(self, a: str, b: str) -> None:
        t = self.window_time(a, b)
        lang = self.lang_pair(a, b)
        note = self.say(a, b, lang, ["greet", "sales_note"], maxlen=300) if self.chance(0.5) else None
        tc = self.invite(t, a, b, 0.15 + 0.3 * self.meta[b]["open"], note)
        if tc is None and not self.chance(0.3):
            return
        t = self.later(tc or t, 48, self.tz(a))
        keys = ["greet", "sales_pitch", "sales_call", "sales_urgency" if self.chance(0.3) else None, "closer"]
        if self.msg(t, a, b, self.say(a, b, lang, keys, typo=0.05)) is None:
            return
        if self.chance(0.4):
            t = self.later(t, 24 * 7, self.tz(a), 0.5)
            self.msg(t, a, b, self.say(a, b, lang, ["greet", "sales_call"]))
        if self.chance(0.06):
            self.msg(self.later(t, 30, self.tz(b)), b, a, self.say(b, a, lang, ["rep_decline"]))

    def act_ordinary(self) -> None:
        others = self.kind_ids["outsider"] + self.kind_ids["ordinary"]
        for a in self.kind_ids["ordinary"]:
            m = self.meta[a]
            if m["persona"] == "open-networker":
                targets = self.R.sample(self.member_ids + others, min(len(others), self.R.randint(60, 220)))
                lo = max(self.t0, m["created"])
                d0 = (lo - self.t0) / DAY
                for b in targets:
                    if b == a:
                        continue
                    t = self.at_day(d0 + self.R.uniform(0, max(1.0, self.days - d0)), m["tz"], weekend_p=0.2)
                    if not self.alive(b, t):
                        continue
                    note = (
                        self.say(a, b, self.lang_pair(a, b), ["greet", "ord_note"], maxlen=300)
                        if self.chance(0.3)
                        else None
                    )
                    self.invite(t, a, b, 0.3 + 0.3 * self.meta[b]["open"], note)
                continue
            k = self.poisson(1.6 if m["persona"] == "ordinary" else 5)
            for b in self.R.sample(self.member_ids, min(k, len(self.member_ids))):
                self.link(
                    a,
                    b,
                    strong=0.3,
                    note_keys=["ord_note", "col_note"],
                    note_p=0.2,
                    accept=0.8,
                    endorse_p=0.04,
                )
            for b in self.R.sample(others, min(len(others), self.poisson(3))):
                if b != a:
                    self.link(
                        a, b, strong=0.15, note_keys=["ord_note"], note_p=0.1, accept=0.7, endorse_p=0.03
                    )

    def recruit_approach(self, r: str, tgt: str, t: float, firm: dict) -> None:
        if self.connected(r, tgt) and self.chance(0.6):
            return
        lang = self.lang_pair(r, tgt)
        mt = self.meta[tgt]
        tz = self.tz(r)
        sc, sp = firm["script"], firm["script_p"]
        if self.chance(0.6):
            self.ev(t - self.R.uniform(0.05, 30) * HOUR, "profile_view", r, tgt)
        pitch = [
            "greet",
            "rec_intro" if self.chance(0.5) else None,
            "rec_flattery" if self.chance(0.3) else None,
            "rec_job",
            "rec_salary" if self.chance(0.45) else None,
            "rec_urgency" if self.chance(0.1) else None,
            "rec_call" if self.chance(0.35) else None,
            "rec_cv" if self.chance(0.15) else None,
            "closer" if self.chance(0.7) else None,
        ]
        p_rep = 0.08 + 0.35 * mt["open"]
        if not self.connected(r, tgt) and self.chance(0.3):
            if self.msg(t, r, tgt, self.say(r, tgt, lang, pitch, script=sc, script_p=sp, typo=0.05)) is None:
                return
            p_rep *= 0.7
        else:
            if not self.connected(r, tgt):
                note = None
                if self.chance(0.45):
                    note = self.say(
                        r,
                        tgt,
                        lang,
                        ["greet", self.pick(["rec_note_job", "rec_note_job", "rec_note_plain"])],
                        script=sc,
                        script_p=sp,
                        maxlen=300,
                        typo=0.05,
                    )
                tc = self.invite(t, r, tgt, min(0.9, 0.22 + 0.5 * mt["open"]), note)
                if self.chance(0.3):
                    self.ev(self.later(t, 12, mt["tz"]), "profile_view", tgt, r)
                if tc is None:
                    return
                t = tc
            if not self.chance(0.7):
                return
            t = self.later(t, 30, tz)
            if self.msg(t, r, tgt, self.say(r, tgt, lang, pitch, script=sc, script_p=sp, typo=0.05)) is None:
                return
        if not self.chance(p_rep):
            if self.chance(0.3):
                t = self.later(t, 24 * 6, tz, 0.5)
                self.msg(
                    t,
                    r,
                    tgt,
                    self.say(
                        r, tgt, lang, ["greet", "rec_followup", "rec_urgency" if self.chance(0.15) else None]
                    ),
                )
            return
        t = self.later(t, 26, mt["tz"], 1.1)
        if self.chance(0.5):
            self.msg(
                t,
                tgt,
                r,
                self.say(tgt, r, lang, ["rep_thanks" if self.chance(0.5) else None, "rep_decline"], typo=0.1),
            )
            if self.chance(0.6):
                self.msg(self.later(t, 8, tz), r, tgt, self.say(r, tgt, lang, ["gen_okay"]))
            return
        self.msg(
            t,
            tgt,
            r,
            self.say(
                tgt, r, lang, [self.pick(["rep_interested", "rep_interested", "rep_question"])], typo=0.1
            ),
        )
        t = self.later(t, 6, tz)
        self.msg(
            t,
            r,
            tgt,
            self.say(
                r,
                tgt,
                lang,
                [
                    "rec_call",
                    "rec_cv" if self.chance(0.5) else None,
                    "rec_salary" if self.chance(0.3) else None,
                ],
                script=sc,
                script_p=sp,
            ),
        )
        if self.chance(0.6):
            self.msg(self.later(t, 12, mt["tz"]), tgt, r, self.say(tgt, r, lang, ["rep_contact"], typo=0.1))

    def act_recruiters(self) -> None:
        for f in self.firms:
            ids = f["ids"]
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    same = self.meta[ids[i]]["claim_country"] == self.meta[ids[j]]["claim_country"]
                    if self.chance(0.6 if same else 0.3):
                        self.link(ids[i], ids[j], strong=0.2, endorse_p=0.15)
            for r in ids:
                m = self.meta[r]
                n = max(3, int(self.logn(32, 0.7)))
                desk = [m["sector"]] + [s for s in f["sectors"] if s != m["sector"]]
                pool, w = [], []
                for k, s in enumerate(desk):
                    for x in self.by_sector[s]:
                        pool.append(x)
                        w.append(self.meta[x]["vis"] * (1.0 if k == 0 else 0.3))
                    for x in self.experts_out[s]:
                        pool.append(x)
                        w.append(self.meta[x]["vis"] * (0.5 if k == 0 else 0.15))
                for tgt in self.sample_weighted(pool, w, n):
                    self.recruit_approach(r, tgt, self.window_time(r, tgt), f)

    def organiser_approach(self, o: str, tgt: str, t: float, ed: dict) -> None:
        lang = self.lang_pair(o, tgt)
        mt = self.meta[tgt]
        extra = {"event": ed["event"], "ecity": ed["city"]}
        tz = self.tz(o)
        p_rep = 0.2 + 0.35 * mt["open"]
        if not self.connected(o, tgt) and self.chance(0.35):
            pass
        elif not self.connected(o, tgt):
            note = (
                self.say(o, tgt, lang, ["greet", "org_note"], extra=extra, maxlen=300, typo=0.04)
                if self.chance(0.5)
                else None
            )
            tc = self.invite(t, o, tgt, min(0.9, 0.3 + 0.5 * mt["open"]), note)
            if tc is None:
                return
            t = self.later(tc, 20, tz)
        keys = [
            "greet",
            "org_intro" if self.chance(0.6) else None,
            "org_invite",
            "org_travel" if self.chance(ed["travel_p"]) else None,
            "org_fee" if self.chance(ed["fee_p"]) else None,
            "org_deadline" if self.chance(0.3) else None,
            "org_practical" if self.chance(0.5) else None,
            "closer",
        ]
        if self.msg(t, o, tgt, self.say(o, tgt, lang, keys, extra=extra, typo=0.04)) is None:
            return
        if not self.chance(p_rep):
            if self.chance(0.35):
                self.msg(
                    self.later(t, 24 * 8, tz, 0.5),
                    o,
                    tgt,
                    self.say(o, tgt, lang, ["greet", "org_deadline"], extra=extra),
                )
            return
        t = self.later(t, 30, mt["tz"])
        r = self.R.random()
        if r < 0.45:
            self.msg(t, tgt, o, self.say(tgt, o, lang, ["rep_accept_talk"], typo=0.08))
            t = self.later(t, 8, tz)
            self.msg(
                t,
                o,
                tgt,
                self.say(
                    o,
                    tgt,
                    lang,
                    ["org_thanks", "org_logistics" if self.chance(0.5) else None],
                    extra=extra,
                    script={"org_thanks": 0},
                    script_p=1.0,
                ),
            )
            if self.chance(0.4):
                self.msg(self.later(t, 12, mt["tz"]), tgt, o, self.say(tgt, o, lang, ["rep_contact"]))
        elif r < 0.8:
            self.msg(t, tgt, o, self.say(tgt, o, lang, ["rep_thanks", "rep_decline"], typo=0.08))
            self.msg(
                self.later(t, 10, tz),
                o,
                tgt,
                self.say(o, tgt, lang, ["org_thanks"], extra=extra, script={"org_thanks": 1}, script_p=1.0),
            )
        else:
            self.msg(t, tgt, o, self.say(tgt, o, lang, ["rep_question"], typo=0.08))
            self.msg(
                self.later(t, 6, tz),
                o,
                tgt,
                self.say(
                    o, tgt, lang, ["org_practical", "org_travel" if self.chance(0.5) else None], extra=extra
                ),
            )

    def act_organisers(self) -> None:
        for o in self.organisers:
            ids = o["ids"]
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    if self.chance(0.55):
                        self.link(ids[i], ids[j], strong=0.2, endorse_p=0.1)
            for ed in o["editions"]:
                s = ed["sector"]
                pool = self.by_sector[s] + self.experts_out[s]
                w = [
                    self.meta[x]["vis"]
                    * (1.0 if x in self.meta and self.meta[x]["kind"] == "member" else 0.6)
                    for x in pool
                ]
                n = min(len(pool), int(self.R.uniform(25, 110) * max(0.5, self.scale)))
                for tgt in self.sample_weighted(pool, w, n):
                    staff = self.pick(ids)
                    day = ed["day"] - self.R.uniform(20, 150)
                    if day < 0:
                        continue
                    t = self.at_day(day, self.tz(staff))
                    if not (self.alive(staff, t) and self.alive(tgt, t)):
                        continue
                    self.organiser_approach(staff, tgt, t, ed)

    # -- fake activity ---------------------------------------------------------------
    INTRO: ClassVar[dict[str, str]] = {
        "consultant": "f_intro_consultant",
        "think-tank": "f_intro_thinktank",
        "headhunter": "f_intro_headhunter",
        "impersonator": "f_intro_recruiter",
        "researcher": "f_intro_researcher",
        "conference-organiser": "f_intro_conference",
        "business-representative": "f_intro_rep",
    }
    OFFERS: ClassVar[dict] = {
        "consultant": (
            [["f_paid_work"], ["f_paid_visit"], ["f_paid_work", "f_paid_visit"]],
            [0.65, 0.15, 0.2],
        ),
        "think-tank": (
            [["f_paid_work"], ["f_paid_travel"], ["f_paid_travel", "f_paid_work"]],
            [0.4, 0.45, 0.15],
        ),
        "headhunter": ([["f_job"], ["f_job", "f_paid_visit"], ["f_job", "f_paid_work"]], [0.65, 0.15, 0.2]),
        "impersonator": ([["f_job"], ["rec_job", "rec_salary"], ["rec_job", "f_job"]], [0.4, 0.45, 0.15]),
        "researcher": (
            [["f_paid_work"], ["f_paid_travel"], ["aca_collab", "f_paid_work"]],
            [0.45, 0.3, 0.25],
        ),
        "conference-organiser": (
            [["f_paid_travel"], ["f_paid_travel", "org_fee"], ["org_invite", "org_travel", "org_fee"]],
            [0.45, 0.3, 0.25],
        ),
        "business-representative": (
            [["f_paid_work"], ["f_paid_visit"], ["f_paid_work", "f_payment"]],
            [0.4, 0.4, 0.2],
        ),
    }
    NOTES: ClassVar[list[list[str]]] = [
        ["greet", "f_flattery", "f_hook_connect"],
        ["greet", "f_flattery", "f_hook_opp"],
        ["greet", "f_hook_opp"],
        ["greet", "f_hook_connect"],
        ["greet", "OFFER"],
        ["greet", "f_flattery", "OFFER"],
    ]

    def fake_lang(self, f: str, tgt: str, c: dict) -> str:
        pol = c["lang"]
        if pol == "en":
            return "en" if self.chance(0.92) else self.meta[f]["lang"]
        if pol == "target":
            return self.meta[tgt]["lang"] if self.chance(0.85) else "en"
        return self.pick(["en", self.meta[tgt]["lang"], self.meta[f]["lang"]])

    def fsay(
        self,
        f: str,
        tgt: str,
        lang: str,
        c: dict,
        keys: list,
        maxlen: int | None = None,
        extra: dict | None = None,
    ):
        ex = {"ecity": c["city"]}
        ex.update(extra or {})
        return self.say(
            f,
            tgt,
            lang,
            keys,
            extra=ex,
            script=c["script"],
            script_p=c["script_p"],
            para=c["para"],
            typo=c["typo"],
            maxlen=maxlen,
        )

    def offer(self, f: str, c: dict) -> list[str]:
        opts, w = self.OFFERS[self.meta[f]["persona"]]
        if c["script_mode"] != "none" and self.chance(c["script_p"]):
            return opts[c["script"]["greet"] % len(opts)]
        return self.wpick(opts, w)

    def mutual_org(self, f: str, tgt: str) -> bool:
        org = self.meta[tgt].get("org")
        return bool(org) and org in self.meta[f].setdefault("reached_orgs", [])

    def approach(
        self, f: str, tgt: str, t: float, c: dict, handoff_from: str | None = None
    ) -> tuple[int, bool]:
        mf, mt = self.meta[f], self.meta[tgt]
        tz, tzt = mf["tz"], mt["tz"]
        lang = self.fake_lang(f, tgt, c)
        persona = mf["persona"]
        slow = self.chance(c["slow_p"])
        offer = self.offer(f, c)
        paid = any(k in ("f_paid_work", "f_payment", "org_fee") for k in offer)
        extra = (
            {"other": f"{self.meta[handoff_from]['first']} {self.meta[handoff_from]['last']}"}
            if handoff_from
            else None
        )
        mutual = self.mutual_org(f, tgt)
        if not self.alive(tgt, t):
            return 0, False
        if self.chance(0.55):
            self.ev(
                max(self.t0, mf["created"] + HOUR, mt["created"] + HOUR, t - self.logn(18, 1.0) * HOUR),
                "profile_view",
                f,
                tgt,
            )
        was_connected = self.connected(f, tgt)
        p_rep = min(0.9, c["reply"] * (0.35 + 1.7 * mt["open"]))
        if handoff_from:
            p_rep = min(0.95, p_rep * 1.6)
        if not was_connected:
            note = None
            if self.chance(c["note_p"]):
                if handoff_from:
                    nk = ["greet", "f_handoff"]
                else:
                    v = c["note_variant"] if self.chance(c["script_p"]) else self.R.randrange(len(self.NOTES))
                    nk = list(self.NOTES[v])
                    if mutual and self.chance(0.4):
                        nk = ["greet", "f_mutual", "f_hook_connect"]
                    if "OFFER" in nk:
                        nk[nk.index("OFFER")] = offer[0]
                note = self.fsay(f, tgt, lang, c, nk, maxlen=300, extra=extra)
            p_acc = min(0.95, c["accept"] * (0.5 + 1.5 * mt["open"]) * (1.5 if handoff_from else 1.0))
            tc = self.invite(t, f, tgt, p_acc, note, accept_h=36)
            if self.chance(0.35):
                self.ev(self.later(t, 14, tzt, 1.2), "profile_view", tgt, f)
            if tc is None:
                if not self.chance(c["inmail_p"] + (0.5 if handoff_from else 0.0)):
                    return 0, False
                t = self.later(t, 24 * self.R.uniform(2, 10), tz, 0.4)
                p_rep *= 0.6
            else:
                t = tc
                if mt["kind"] == "member":
                    mf.setdefault("reached_orgs", []).append(mt["org"])
        # opening message
        t = self.later(t, 18, tz, 1.0)
        keys = ["greet"]
        if self.connected(f, tgt) and not was_connected and self.chance(0.6):
            keys.append("f_thanks_connect")
        if handoff_from:
            keys.append("f_handoff")
        keys.append(self.INTRO[persona])
        if mutual and self.chance(0.5):
            keys.append("f_mutual")
        if self.chance(c["flattery_p"]):
            keys.append("f_flattery")
        if slow and not handoff_from:
            keys += ["f_question", "f_hook_opp" if self.chance(0.5) else None]
        else:
            keys += offer
            if persona in ("headhunter", "impersonator") and self.chance(0.2):
                keys.append("f_cv")
            keys.append("f_urgency" if self.chance(c["urgency_p"]) else None)
            keys.append(
                "f_offplatform" if self.chance(c["early_off_p"] + (0.3 if handoff_from else 0.0)) else None
            )
        keys.append("closer" if self.chance(0.75) else None)
        if self.msg(t, f, tgt, self.fsay(f, tgt, lang, c, keys, extra=extra)) is None:
            return 0, False
        level = 1
        if not self.chance(p_rep):
            if not self.chance(c["followup_p"]):
                return level, False
            t = self.later(t, 24 * self.R.uniform(3, 12), tz, 0.4)
            fk = [
                "greet" if self.chance(0.6) else None,
                "f_followup",
                "f_urgency" if self.chance(c["urgency_p"]) else None,
            ]
            if slow and self.chance(0.4):
                fk += offer
            if self.msg(t, f, tgt, self.fsay(f, tgt, lang, c, fk)) is None or not self.chance(p_rep * 0.35):
                return level, False
        # the target answers
        t = self.later(t, 22, tzt, 1.2)
        r = self.R.random()
        if r < 0.22:
            self.msg(
                t,
                tgt,
                f,
                self.say(tgt, f, lang, ["rep_thanks" if self.chance(0.5) else None, "rep_decline"], typo=0.1),
            )
            if self.chance(0.5):
                t = self.later(t, 6, tz)
                self.msg(t, f, tgt, self.fsay(f, tgt, lang, c, ["f_okay"]))
            if self.chance(0.15):
                t = self.later(t, 24 * self.R.uniform(20, 90), tz, 0.4)
                self.msg(t, f, tgt, self.fsay(f, tgt, lang, c, ["greet", "f_small", *offer]))
            return 2, False
        if r < 0.37:
            self.msg(t, tgt, f, self.say(tgt, f, lang, [self.pick(["rep_question", "rep_check"])], typo=0.1))
        else:
            self.msg(
                t,
                tgt,
                f,
                self.say(
                    tgt, f, lang, ["rep_thanks" if self.chance(0.4) else None, "rep_interested"], typo=0.1
                ),
            )
        level = 2
        if slow and not handoff_from:
            t = self.later(t, 10, tz)
            self.msg(
                t,
                f,
                tgt,
                self.fsay(
                    f,
                    tgt,
                    lang,
                    c,
                    ["f_thanks_reply", *offer, "f_urgency" if self.chance(c["urgency_p"]) else None],
                ),
            )
            if not self.chance(0.65):
                return level, True
            t = self.later(t, 22, tzt, 1.2)
            self.msg(
                t, tgt, f, self.say(tgt, f, lang, [self.pick(["rep_interested", "rep_question"])], typo=0.1)
            )
        # push off the platform
        t = self.later(t, 8, tz)
        pk = [
            "f_thanks_reply" if self.chance(0.6) else None,
            "f_offplatform",
            "f_payment" if paid and self.chance(0.3) else None,
            "f_secrecy" if self.chance(c["secrecy_p"] * 0.4) else None,
        ]
        if self.msg(t, f, tgt, self.fsay(f, tgt, lang, c, pk)) is None:
            return level, True
        if self.chance(0.35 + 0.4 * mt["open"]):
            t = self.later(t, 12, tzt)
            self.msg(t, tgt, f, self.say(tgt, f, lang, ["rep_contact"], typo=0.1))
            level = 3
            if self.chance(0.4):
                return level, True
        else:
            if self.chance(0.5):
                t = self.later(t, 20, tzt)
                self.msg(
                    t,
                    tgt,
                    f,
                    self.say(
                        tgt, f, lang, [self.pick(["rep_check", "rep_question", "rep_decline"])], typo=0.1
                    ),
                )
            if self.chance(0.35):
                return level, True
        # elicitation
        if self.chance(c["ask_p"]):
            t = self.later(t, 24 * self.R.uniform(2, 25), tz, 0.5)
            ask = "f_cv" if persona in ("headhunter", "impersonator") and self.chance(0.6) else "f_info"
            ak = [
                "greet" if self.chance(0.4) else None,
                "f_small" if self.chance(0.4) else None,
                ask,
                "f_secrecy" if self.chance(c["secrecy_p"]) else None,
                "f_urgency" if self.chance(c["urgency_p"]) else None,
                "f_payment" if paid and self.chance(0.25) else None,
            ]
            if self.msg(t, f, tgt, self.fsay(f, tgt, lang, c, ak)) is None:
                return level, True
            level = 4
            rr = self.R.random()
            if rr < 0.65:
                t = self.later(t, 30, tzt, 1.2)
                self.msg(
                    t,
                    tgt,
                    f,
                    self.say(
                        tgt,
                        f,
                        lang,
                        [
                            self.wpick(
                                ["rep_public", "rep_decline", "rep_check", "rep_interested"],
                                [0.4, 0.25, 0.2, 0.15],
                            )
                        ],
                        typo=0.1,
                    ),
                )
            if self.chance(c["ask_p"] * 0.5):
                t = self.later(t, 24 * self.R.uniform(5, 30), tz, 0.5)
                self.msg(
                    t,
                    f,
                    tgt,
                    self.fsay(
                        f,
                        tgt,
                        lang,
                        c,
                        [
                            "f_info",
                            "f_secrecy" if self.chance(0.6) else None,
                            "f_urgency" if self.chance(0.4) else None,
                        ],
                    ),
                )
        return level, True

    def campaign_targets(self, c: dict, k: int) -> list[str]:
        pool, w = [], []
        pref = {
            "senior": {"junior": 0.3, "senior": 1.2, "executive": 1.6},
            "any": {},
            "junior": {"junior": 1.5, "senior": 0.8, "executive": 0.5},
        }
        hits = c.setdefault("hits", {})
        for s in c["sectors"]:
            for x in self.by_sector[s]:
                pool.append(x)
                w.append(
                    self.meta[x]["vis"]
                    * pref[c["seniority_pref"]].get(self.meta[x]["seniority"], 1.0)
                    * 0.3 ** hits.get(x, 0)
                )
            for x in self.experts_out[s]:
                pool.append(x)
                w.append(self.meta[x]["vis"] * 0.18 * 0.3 ** hits.get(x, 0))
        chosen = self.sample_weighted(pool, w, k)
        for x in chosen:
            hits[x] = hits.get(x, 0) + 1
        return chosen

    def camouflage(self, f: str, c: dict, n: int, lo: float, hi: float, chat: bool = False) -> None:
        pool = self.kind_ids["ordinary"] + self.kind_ids["outsider"]
        m = self.meta[f]
        for b in self.R.sample(pool, min(n, len(pool))):
            day = max(
                self.R.uniform(lo, hi), (max(m["created"], self.meta[b]["created"]) - self.t0) / DAY + 1
            )
            t = self.at_day(day, m["tz"])
            if self.chance(0.4):
                tc = self.invite(t, b, f, 0.9, None, keep_plain=0.7)
            else:
                tc = self.invite(t, f, b, 0.55 + 0.3 * self.meta[b]["open"], None, keep_plain=0.7)
            if tc is None:
                continue
            if self.chance(0.08):
                x, y = (f, b) if self.chance(0.5) else (b, f)
                self.ev(tc + self.R.uniform(2, 120) * DAY, "endorsement", x, y)
            if chat and self.chance(0.2):
                lang = self.lang_pair(f, b)
                t2 = self.later(tc, 24 * self.R.uniform(1, 60), m["tz"], 0.5)
                self.msg(
                    t2,
                    f,
                    b,
                    self.fsay(
                        f, b, lang, c, ["greet", self.pick(["f_small", "f_thanks_connect", "f_question"])]
                    ),
                )
                if self.chance(0.6):
                    self.msg(
                        self.later(t2, 20, self.tz(b)), b, f, self.say(b, f, lang, ["col_reply"], typo=0.15)
                    )

    def act_campaigns(self) -> None:
        for c in self.campaigns:
            accs = c["accounts"]
            style = c["style"]
            s0, s1 = c["start"], c["end"]
            # shared-operator links inside the campaign
            if style in ("burst", "conference", "thinktank") and len(accs) > 1:
                for i in range(len(accs)):
                    for j in range(i + 1, len(accs)):
                        if self.chance(0.35 if style == "burst" else 0.25):
                            d = (
                                max(0.0, s0 - self.R.uniform(0, 10))
                                if self.chance(0.7)
                                else self.R.uniform(s0, s1)
                            )
                            d = max(
                                d,
                                (max(self.meta[accs[i]]["created"], self.meta[accs[j]]["created"]) - self.t0)
                                / DAY
                                + 1,
                            )
                            tc = self.invite(
                                self.at_day(d, self.tz(accs[i])), accs[i], accs[j], 1.0, None, keep_plain=0.6
                            )
                            if tc and self.chance(0.25):
                                self.ev(tc + self.R.uniform(0.5, 20) * DAY, "endorsement", accs[j], accs[i])
            for f in accs:
                m = self.meta[f]
                cdays = max(0.0, (m["created"] - self.t0) / DAY)
                if style == "sleeper":
                    self.camouflage(f, c, self.R.randint(25, 90), cdays, self.days, chat=True)
                elif style in ("thinktank", "researcher", "lone", "handoff", "conference"):
                    self.camouflage(f, c, self.R.randint(5, 45), cdays, self.days, chat=style == "lone")
                else:
                    self.camouflage(f, c, self.R.randint(0, 8), max(cdays, s0 - 10), s1)
            if style == "handoff":
                self.run_handoff(c)
                continue
            pool_size = sum(len(self.by_sector[x]) + len(self.experts_out[x]) for x in c["sectors"])
            cap = max(4, int(1.6 * pool_size / len(accs)))
            for f in accs:
                n = min(cap, self.R.randint(*c["targets"]))
                tg = self.campaign_targets(c, n)
                days = sorted(self.R.uniform(s0, s1) for _ in tg)
                if style == "burst":
                    days = sorted(s0 + (s1 - s0) * self.R.betavariate(1.2, 2.5) for _ in tg)
                for d, tgt in zip(days, tg, strict=True):
                    t = self.at_day(d, self.meta[f]["tz"], weekend_p=0.85)
                    if t < self.meta[f]["created"]:
                        continue
                    self.approach(f, tgt, t, c)

    def run_handoff(self, c: dict) -> None:
        hh, reps = c["accounts"][0], c["accounts"][1:]
        s0, s1 = c["start"], c["end"]
        tg = self.campaign_targets(c, self.R.randint(*c["targets"]))
        for tgt in tg:
            t = self.at_day(self.R.uniform(s0, s1), self.meta[hh]["tz"], weekend_p=0.85)
            if t < self.meta[hh]["created"]:
                continue
            _level, positive = self.approach(hh, tgt, t, c)
            if positive and reps and self.chance(0.8):
                rep = self.pick(reps)
                last = max(
                    (e[0] for e in self.events[-12:] if e[2] in (hh, tgt) and e[3] in (hh, tgt)), default=t
                )
                t2 = self.later(last, 24 * self.R.uniform(2, 12), self.meta[rep]["tz"], 0.4)
                self.approach(rep, tgt, t2, c, handoff_from=hh)

    # -- output --------------------------------------------------------------------
    def build(self) -> None:
        self.make_orgs()
        self.make_members()
        self.make_outsiders()
        self.make_recruiters()
        self.make_organisers()
        self.make_campaigns()
        self.make_ordinary()
        self.act_members()
        self.act_outsiders()
        self.act_ordinary()
        self.act_recruiters()
        self.act_organisers()
        self.act_campaigns()
        self.act_views()

    def act_views(self) -> None:
        nbrs: dict[str, list[str]] = {}
        for a, b in self.conn:
            nbrs.setdefault(a, []).append(b)
            nbrs.setdefault(b, []).append(a)
        everyone = list(self.meta)
        for a in self.member_ids + self.kind_ids["outsider"]:
            own = sorted(nbrs.get(a, []))
            for _ in range(self.poisson(7 if self.meta[a]["kind"] == "member" else 3)):
                r = self.R.random()
                if own and r < 0.6:
                    b = self.pick(own)
                elif own and r < 0.85:
                    two = sorted(nbrs.get(self.pick(own), []))
                    b = self.pick(two) if two else self.pick(everyone)
                else:
                    b = self.pick(self.member_ids)
                t = self.window_time(a)
                if b != a and self.alive(b, t):
                    self.ev(t, "profile_view", a, b)

    def write(self, out: str) -> dict:
        os.makedirs(out, exist_ok=True)
        self.events.sort(key=lambda e: e[0])
        used: set[str] = set()
        threads: dict[tuple[str, str], str | None] = {}

        def fresh(prefix: str, bits: int) -> str:
            while True:
                v = f"{prefix}{self.R.getrandbits(bits):0{bits // 4}x}"
                if v not in used:
                    used.add(v)
                    return v

        n_inter = 0
        with (
            open(os.path.join(out, "interactions.jsonl"), "w", encoding="utf-8") as fi,
            open(os.path.join(out, "message_labels.jsonl"), "w", encoding="utf-8") as fm,
        ):
            for t, typ, a, b, text, cats, lure in self.events:
                iid = fresh("ix", 48)
                rec = {"id": iid, "type": typ, "from": a, "to": b, "at": iso(t)}
                if text:
                    rec["text"] = text
                if typ == "message":
                    k = self.key(a, b)
                    if k not in threads:
                        threads[k] = fresh("2-", 64) if self.chance(0.93) else None
                    if threads[k]:
                        rec["thread"] = threads[k]
                fi.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n_inter += 1
                if text and typ in ("invitation", "message"):
                    fm.write(
                        json.dumps(
                            {"interaction_id": iid, "lure": bool(lure), "categories": list(cats or [])},
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
        ids = list(self.acc)
        self.R.shuffle(ids)
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as fa:
            for aid in ids:
                fa.write(json.dumps(self.acc[aid], ensure_ascii=False) + "\n")
        rows = list(self.members)
        self.R.shuffle(rows)
        with open(os.path.join(out, "members.jsonl"), "w", encoding="utf-8") as fmb:
            for row in rows:
                fmb.write(json.dumps(row, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fl:
            for aid in ids:
                fl.write(json.dumps(self.labels[aid], ensure_ascii=False) + "\n")
        fakes = sum(1 for v in self.labels.values() if v["label"] == "fake")
        return {
            "accounts": len(self.acc),
            "fakes": fakes,
            "campaigns": len(self.campaigns),
            "interactions": n_inter,
            "members": len(self.members),
            "recruiters": len(self.kind_ids.get("recruiter", [])),
            "organisers": len(self.kind_ids.get("organiser", [])),
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--accounts", type=int, default=4000)
    args = ap.parse_args()
    t = time.time()
    w = World(args.seed, args.accounts)
    w.build()
    s = w.write(args.out)
    print(
        f"independent world seed={args.seed}: {s['accounts']} accounts ({s['members']} members, {s['recruiters']} recruiters, "
        f"{s['organisers']} organisers), {s['fakes']} fakes in {s['campaigns']} campaigns, {s['interactions']} interactions "
        f"-> {args.out} ({time.time() - t:.1f}s)"
    )


if __name__ == "__main__":
    main()
