"""Spanish lure cues (basic coverage).

Sources: CNI/CCN-CERT public advice on fake profiles on professional networks and
CPNI's "Think Before You Link" cues translated. Smaller than en/fr/de: a worked
example of adding a language (docs/lure.md). Folded text: no accents, ``ñ`` → ``n``.
"""

from __future__ import annotations

from lureguard.lure.lexicon import Lexicon

LEXICON = Lexicon(
    code="es",
    name="Spanish",
    lingua="SPANISH",
    stopwords=frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "que",
            "y",
            "en",
            "un",
            "una",
            "por",
            "con",
            "para",
            "su",
            "sus",
            "es",
            "son",
            "muy",
            "nuestro",
            "nuestra",
            "usted",
            "le",
            "lo",
            "del",
            "al",
            "este",
            "esta",
            "como",
            "pero",
        ]
    ),
    patterns={
        "concealment": [
            r"entre (?:nosotros|tu y yo|usted y yo)",
            r"(?:no (?:es necesario|hace falta|tiene que)|mejor no) (?:decirlo|informar|contarlo|mencionarlo|avisar)(?: a| con)? (?:su |sus )?(?:empleador|jefe|colegas|empresa|institucion|nadie)",
            r"(?:borre|elimine|borrar|eliminar) (?:estos|este|nuestros) (?:mensajes|mensaje|chat)",
        ],
        "sensitive-request": [
            r"habilitacion de seguridad|acreditacion de seguridad",
            r"(?:documentos|datos|informacion|informes) (?:internos|internas|confidenciales|no publicos|no publicados|clasificad[oa]s)",
            r"(?:nombres|lista) de (?:sus )?(?:colegas|companeros)",
            r"organigrama",
        ],
        "vague-client": [
            r"(?:un|mi|nuestro|uno de nuestros) (?:\w+ )?clientes?",
            r"en nombre de (?:un|una) (?:\w+ ){0,2}(?:cliente|organizacion|institucion|empresa|think[- ]tank)",
            r"(?:no puedo|no podemos) (?:revelar|divulgar) (?:el nombre|la identidad)",
        ],
        "paid-travel": [
            r"todos los gastos (?:pagados|cubiertos|incluidos)",
            r"(?:gastos de )?(?:viaje|vuelos?|alojamiento|hotel|estancia)(?: y \w+)? (?:seran |estan |esta |sera )?(?:totalmente )?(?:pagad[oa]s?|cubiert[oa]s?|reembolsad[oa]s?|incluid[oa]s?|a nuestro cargo)",
            r"(?:cubrimos|pagamos|reembolsamos|cubriremos|pagaremos) (?:todos )?(?:los |el |su )?(?:gastos|viaje|vuelo|alojamiento)",
            r"viaje (?:pagado|gratuito)|clase business",
        ],
        "paid-work": [
            r"(?:remunerad[oa]s?|pagad[oa]s? generosamente|bien pagad[oa]s?)",
            r"honorarios?|remuneracion|compensacion economica",
            r"(?:generos[oa]s?|atractiv[oa]s?|interesantes?) (?:honorarios|remuneracion|compensacion|pago)",
            r"\d[\d .,]*\s?(?:€|euros?|eur|dolares|usd)",
            r"(?:breves?|pequenos?|sencillos?|cortos?) (?:informes?|analisis|articulos?|notas?|estudios?)",
            r"(?:escribir|redactar|preparar) (?:un |una |unos )?(?:breve )?(?:informe|analisis|articulo|estudio|nota)",
            r"consultoria (?:remunerada|externa|freelance)|consultor externo",
        ],
        "flattery": [
            r"(?:muy |realmente )?impresionad[oa]|impresionante",
            r"(?:experto|experta|perfil|trayectoria|experiencia|reputacion|investigador|investigadora|cientifico|cientifica) (?:reconocid[oa]|renombrad[oa]|destacad[oa]|excepcional|extraordinari[oa]|de prestigio|de alto nivel|brillante)",
            r"(?:uno|una) de (?:los|las) (?:mayores|mejores|mas (?:reconocid[oa]s|destacad[oa]s|respetad[oa]s))",
            r"su (?:experiencia|opinion|vision|conocimiento) (?:seria|es) (?:muy |extremadamente )?(?:valios[oa]|inestimable)",
            r"de su (?:calibre|nivel|talla)",
        ],
        "off-platform": [
            r"(?:correo|email|numero|telefono|movil|contacto) (?:personal|privado|directo)",
            r"fuera de (?:linkedin|esta plataforma)",
            r"(?:continuar|seguir|hablar|contactarme|agregarme|escribirme)(?: la conversacion)? (?:por|en|via|a traves de) (?:wechat|whatsapp|telegram|signal|skype|correo|email|telefono)",
            r"(?:mi) (?:wechat|whatsapp|numero|movil)",
            r"(?:llamada|videollamada)|en persona",
        ],
        "information-request": [
            r"(?:enviarme|mandarme|enviar|mandar|compartir)(?: su)? (?:cv|curriculum)(?: actualizado)?",
            r"su (?:cv|curriculum)",
            r"(?:detalles|informacion|documentos) (?:sobre|de) (?:sus |su )?(?:proyectos?|trabajo|investigacion|equipo|actividades)",
            r"en que (?:esta trabajando|trabaja)",
            r"(?:podria|puede) (?:compartir|enviarme|mandarme|describir)",
        ],
        "secrecy": [
            r"confidencial(?:es|mente|idad)?|discre(?:to|ta|cion)|reservad[oa]",
            r"acuerdo de confidencialidad|(?<![a-z])nda(?![a-z])",
        ],
        "urgency": [
            r"urgente|urgentemente|lo antes posible|cuanto antes|de inmediato|inmediatamente|antes de manana|en (?:24|48) horas",
        ],
        "job-offer": [
            r"(?:oferta|oportunidad|propuesta) (?:de empleo|de trabajo|laboral|profesional)",
            r"(?:puesto|posicion|vacante) (?:de|abierta|senior)",
            r"(?:estamos buscando|buscamos|estoy buscando|selecciona)|cazatalentos|headhunter|reclutador[a]?|seleccion de personal",
            r"salario|sueldo|candidatura",
        ],
        "event-invitation": [
            r"(?:invitarle|invitarla|invitarlo|le invitamos|invitacion) (?:a |como )?(?:participar|intervenir|ponente)?(?: \w+){0,3}",
            r"(?:conferencia|congreso|seminario|taller|foro|mesa redonda|simposio|cumbre|webinar|jornada)",
            r"(?:ponente|orador[a]?|conferenciante|keynote)",
        ],
    },
)
