"""The words of the demo campaigns, written for Waymark in plain, calm
English for a UK audience. Checked against the published guidance of the
Home Office (controlling or coercive behaviour statutory guidance; forced
marriage guidance), SafeLives (MARAC and IDVA) and the NSPCC (Childline)."""

INDEX_INTRO = (
    "Information about different kinds of abuse, for the people it affects, the people around them "
    "and the professionals who help. Most campaigns also have an easy read version."
)

EMERGENCY = {
    "heading": "If you are in danger now",
    "intro": "",
    "routes": [
        {"label": "Police, in an emergency", "number": "999", "note": ""},
        {
            "label": "Silent Solution: call 999, then press 55 if you cannot speak",
            "number": "999",
            "note": "On a mobile, press 55 when the operator asks, and you will be put through to the police.",
        },
    ],
}


# Shown to editors, never published: see "easy_read_draft" below.
LONG_EASY_READ_SENTENCE = (
    "If someone makes you feel scared or controls what you do, you can talk to a person who will listen "
    "and help you stay safe."
)


def text(*paragraphs):
    return {"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}


def heading(value):
    return {"type": "heading", "value": value}


def signs(intro, items, title="Signs to look out for"):
    return {"type": "signs", "value": {"heading": title, "intro": intro, "signs": items}}


def callout(kind, title, *paragraphs):
    return {
        "type": "callout",
        "value": {"kind": kind, "heading": title, "text": "".join(f"<p>{p}</p>" for p in paragraphs)},
    }


def quote(words, who):
    return {
        "type": "quote",
        "value": {
            "quote": words,
            "attribution": who,
            "anonymity_note": "This is a composite story: names and details are changed so no one can be identified.",
        },
    }


def faq(*pairs):
    return {
        "type": "faq",
        "value": {
            "heading": "Questions people ask",
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
        },
    }


def help_from_directory(services, names, intro=""):
    return {
        "type": "services",
        "value": {
            "heading": "Where to get help",
            "intro": intro,
            "services": [services[name] for name in names if name in services],
            "search_link": True,
        },
    }


def easy(pictogram, *sentences):
    return {
        "type": "easy_read",
        "value": {"pictogram": pictogram, "image": None, "alt": "", "text": "\n".join(sentences)},
    }


def campaigns(services, guide):
    # National services are used when the directory has them; the fictional
    # local ones always exist.
    helpline = ["National Domestic Abuse Helpline", "Example Domestic Abuse Helpline"]
    young = ["Example Young People's Counselling", "Example Domestic Abuse Helpline"]
    forced_marriage = ["Forced Marriage Unit", "Karma Nirvana Honour-Based Abuse Helpline"] + helpline
    men = ["Men's Advice Line", "ManKind Initiative Helpline", "Galop National LGBT+ Domestic Abuse Helpline"]
    own_behaviour = ["Respect Phoneline"]
    return [
        {
            "slug": "is-it-coercive-control",
            "title": "Is it coercive control?",
            "intro": "Abuse is not always physical. A pattern of control, threats and fear can take away "
            "your freedom just as surely, and it is a crime.",
            "topics": ["coercive-control", "emotional-abuse", "economic-abuse", "tech-abuse"],
            "audiences": ["adults"],
            "body": [
                text(
                    "Coercive control is a pattern of behaviour that a partner, ex-partner or family member "
                    "uses to make you dependent on them, to cut you off from support and to control your "
                    "daily life. Each thing on its own can seem small. Together they can leave you feeling "
                    "frightened, confused and trapped.",
                    "In England and Wales, controlling or coercive behaviour in an intimate or family "
                    "relationship has been a criminal offence since 2015.",
                ),
                signs(
                    "Does someone close to you:",
                    [
                        "cut you off from friends and family, or make it hard to see them?",
                        "check your phone, messages or where you are?",
                        "control your money, or make you ask for what you need?",
                        "put you down, humiliate you or call you names?",
                        "make rules about what you wear, eat or do?",
                        "threaten to hurt you, your children or your pets, or to share private pictures?",
                        "make you feel you are walking on eggshells?",
                    ],
                ),
                quote(
                    "He never hit me, so I didn't think it was abuse. But I had to account for every "
                    "pound and every minute. Talking to someone helped me see it clearly.",
                    "Jo, 41",
                ),
                callout(
                    "info",
                    "It is not your fault",
                    "Abuse is always the choice of the person doing it. You do not have to be sure it is "
                    "abuse before you talk to someone. Support is free and confidential.",
                ),
                help_from_directory(services, helpline, "You do not have to give your name."),
                faq(
                    (
                        "Will they make me leave or call the police?",
                        "No. Advisers listen and help you think about your options. You decide what happens. "
                        "They will only act without you if a child or someone else is in serious danger.",
                    ),
                    (
                        "Can a family member be coercive?",
                        "Yes. The law covers family members as well as partners and ex-partners.",
                    ),
                ),
                {"type": "emergency", "value": EMERGENCY},
            ],
            "easy_read": [
                easy(
                    "question",
                    "This page is about coercive control.",
                    "It means someone makes you afraid so they can control your life.",
                ),
                easy(
                    "warning",
                    "Someone may try to control your life.",
                    "They may take your money.",
                    "They may stop you seeing friends.",
                ),
                easy("no", "This is not OK.", "It is against the law."),
                easy(
                    "talk",
                    "Does someone scare you or control what you do?",
                    "You can talk to someone.",
                    "They will listen and help you stay safe.",
                ),
                easy("phone", "In danger now? Call 999.", "If you cannot speak, press 55."),
            ],
            # An unpublished draft of the easy read version, so editors can
            # see the readability warning: block 4 (counting from 0, 3) as
            # one sentence of 25 words, over the easy read limit of 15.
            "easy_read_draft": {3: LONG_EASY_READ_SENTENCE},
        },
        {
            "slug": "love-shouldnt-hurt",
            "title": "Love shouldn't hurt",
            "intro": "Being with someone should feel good. If it makes you feel scared, small or pressured, "
            "that's not love, and you can talk to someone about it.",
            "topics": ["teenage-relationship-abuse", "sexual-violence-and-consent", "tech-abuse"],
            "audiences": ["young-people"],
            "body": [
                text(
                    "Arguments happen in every relationship. Abuse is different: it's when someone tries to "
                    "control you, scare you or hurt you, online or in person. It can happen to anyone, in any "
                    "kind of relationship."
                ),
                {
                    "type": "quiz",
                    "value": {
                        "heading": "Is my relationship healthy?",
                        "intro": "Answer yes, no or sometimes for each one. Your answers stay on your phone "
                        "or computer: nothing is sent or saved.",
                        "statements": [
                            {"text": "They check my phone or messages without asking.", "healthy": False},
                            {"text": "They get jealous or angry when I see my friends.", "healthy": False},
                            {"text": "They put me down or call me names.", "healthy": False},
                            {"text": "They pressure me to send pictures or do sexual things.", "healthy": False},
                            {"text": "I feel scared of how they will react.", "healthy": False},
                            {"text": "They respect it when I say no.", "healthy": True},
                            {"text": "I can be myself when I'm with them.", "healthy": True},
                        ],
                        "healthy_message": "From your answers, your relationship sounds healthy. "
                        "If anything changes, or something still feels wrong, you can always talk to someone.",
                        "some_concerns_message": "Some of your answers are worrying. You deserve to feel "
                        "safe and respected. It might help to talk it through with someone you trust.",
                        "worrying_message": "What you describe sounds like abuse, and it is not your fault. "
                        "You don't have to deal with it alone: the people below can help.",
                        "services": [services[name] for name in young if name in services],
                    },
                },
                signs(
                    "Being pressured to send nudes, having your location tracked or being told what to wear "
                    "are all warning signs.",
                    [
                        "You feel you have to ask permission to go out.",
                        "They say they'll hurt themselves if you leave.",
                        "They share, or threaten to share, private pictures of you.",
                    ],
                    "Other signs",
                ),
                callout(
                    "info",
                    "Consent",
                    "You can say no to anything, at any time, even if you said yes before. Someone who "
                    "cares about you will accept that.",
                ),
                faq(
                    (
                        "Will Childline tell my parents?",
                        "Childline is confidential. They would only share what you say if they believed your "
                        "life was in danger, and they would usually talk to you first.",
                    ),
                ),
            ],
            "easy_read": [
                easy("heart", "Love should feel safe.", "It should not hurt you."),
                easy("no", "No one should hit you.", "No one should scare you."),
                easy("phone", "No one should check your phone all the time."),
                easy("talk", "You can talk to someone you trust."),
                easy("child", "Childline is free.", "Call 0800 1111."),
            ],
        },
        {
            "slug": "forced-marriage-you-have-a-choice",
            "title": "Forced marriage: you have a choice",
            "intro": "Nobody can make you marry. Forced marriage is a crime in the UK, and help is there "
            "whether you are here or abroad.",
            "topics": ["forced-marriage", "honour-based-abuse"],
            "audiences": ["young-people", "adults", "professionals"],
            "body": [
                text(
                    "A forced marriage is one where one or both people do not, or cannot, agree to it, and "
                    "pressure or abuse is used. It is different from an arranged marriage, where both people "
                    "freely choose to go ahead.",
                    "Forcing someone to marry is a crime in the UK. In England and Wales, it is also a crime "
                    "to arrange for anyone under 18 to marry, even when no force is used.",
                    "So-called honour-based abuse is abuse committed to protect or defend what a family or "
                    "community sees as its honour. There is no honour in abuse.",
                ),
                signs(
                    "You might be worried if:",
                    [
                        "your family is planning a wedding you have not agreed to;",
                        "you are being taken abroad and are not sure why, or for how long;",
                        "your passport or phone has been taken away;",
                        "you are being watched, kept at home or threatened.",
                    ],
                ),
                callout(
                    "warning",
                    "If you are being taken abroad",
                    "Tell someone you trust before you go, and keep a note of where you will be. If you are "
                    "already abroad, contact the nearest British embassy or high commission. The government's "
                    "Forced Marriage Unit can help: find them in the directory.",
                ),
                quote(
                    "I was scared that asking for help would bring shame on my family. The adviser "
                    "understood, and the choices stayed mine.",
                    "Amira, 19",
                ),
                help_from_directory(services, forced_marriage),
                {"type": "emergency", "value": EMERGENCY},
            ],
            "easy_read": [
                easy(
                    "people",
                    "This page is about forced marriage.",
                    "It is when someone makes you marry and you do not want to.",
                ),
                easy("yes", "You can choose who you marry.", "You can choose not to marry."),
                easy("no", "Forcing someone to marry is against the law."),
                easy("talk", "If you are worried, tell someone you trust."),
                easy("phone", "In danger now? Call 999.", "If you cannot speak, press 55."),
            ],
        },
        {
            "slug": "men-experience-abuse-too",
            "title": "Men experience abuse too",
            "intro": "Domestic abuse happens to men as well as women, in straight and same-sex relationships. "
            "It is no less serious, and support is there for you.",
            "topics": ["men-experiencing-abuse", "lgbt-people", "coercive-control", "physical-abuse"],
            "audiences": ["adults"],
            "body": [
                text(
                    "About one in three people who experience domestic abuse in a year are men, according to "
                    "the Crime Survey for England and Wales. Many never tell anyone, because they fear they "
                    "will not be believed or that they will lose their children.",
                    "Abuse can be physical, emotional, sexual or financial, and it can come from a partner, "
                    "an ex-partner or a family member.",
                ),
                signs(
                    "Your partner or a family member might:",
                    [
                        "hit, push or throw things at you;",
                        "mock you, or say no one would believe you;",
                        "threaten to stop you seeing your children;",
                        "control your money or your phone.",
                    ],
                ),
                quote(
                    "I thought men were supposed to cope. Calling the helpline was the first time "
                    "anyone told me it wasn't my fault.",
                    "Dan, 36",
                ),
                help_from_directory(
                    services, men + helpline, "Specialist services for men are listed in the directory."
                ),
                {"type": "emergency", "value": EMERGENCY},
            ],
            "easy_read": [
                easy("people", "Abuse happens to men too."),
                easy("warning", "Abuse can be hitting.", "It can be hurtful words.", "It can be taking money."),
                easy("yes", "People will believe you.", "It is not your fault."),
                easy("talk", "You can talk to someone for free."),
                easy("phone", "In danger now? Call 999."),
            ],
        },
        {
            "slug": "worried-about-your-own-behaviour",
            "title": "Worried about your own behaviour?",
            "intro": "If you have hurt or frightened a partner or family member, or think you might, you can "
            "change. Asking for help is the first step.",
            "topics": ["worried-about-own-behaviour"],
            "audiences": ["adults"],
            "body": [
                text(
                    "Many people who are abusive want to stop. Specialist programmes help people understand "
                    "why they behave as they do and learn to act differently, while keeping their partners "
                    "and children safe. Look for programmes accredited by Respect, the UK's standard for this "
                    "work.",
                    "You can also call a confidential helpline for people who are worried about their own "
                    "behaviour: find it in the directory.",
                ),
                signs(
                    "Ask yourself whether you:",
                    [
                        "lose your temper and frighten the people you live with;",
                        "check up on your partner or tell them who they can see;",
                        "have pushed, hit or restrained someone;",
                        "feel your children are scared of you.",
                    ],
                    "Questions to ask yourself",
                ),
                callout(
                    "info",
                    "What a programme involves",
                    "Most programmes are group sessions over several months. A separate worker usually "
                    "offers support to your partner, to keep them safe while you take part.",
                ),
                help_from_directory(
                    services, own_behaviour, "Perpetrator programmes and helplines are in the directory."
                ),
            ],
            "easy_read": [
                easy("question", "Do you hurt or scare people at home?"),
                easy("heart", "You can change.", "Help is there."),
                easy("people", "Groups can help you learn new ways to act."),
                easy("talk", "You can talk to someone in private."),
            ],
        },
        {
            "slug": "for-professionals-spotting-and-responding",
            "title": "For professionals: spotting abuse and responding safely",
            "intro": "For anyone whose work brings them into contact with people at risk: how to recognise "
            "domestic abuse, ask about it safely and refer to a MARAC (a local meeting on the highest-risk "
            "cases) or an IDVA (independent domestic violence adviser).",
            "topics": ["coercive-control", "forced-marriage", "honour-based-abuse"],
            "audiences": ["professionals"],
            "body": [
                heading("Spotting the signs"),
                text(
                    "Look for repeated injuries with vague explanations, missed appointments, a partner "
                    "who always attends or answers for the person, anxiety, depression or substance use, "
                    "and signs of control over money, phone or movements. In children, look for changes "
                    "in behaviour, attendance or development."
                ),
                heading("Asking the question safely"),
                text(
                    "Always ask when the person is alone, never in front of a partner, family member or "
                    "child. Use a professional interpreter, never a relative or friend. Ask directly and "
                    "without judgement, for example: “Does anyone at home hurt you or make you feel afraid?” "
                    "Believe what you are told, record it accurately and check that it is safe to contact "
                    "them again, and how.",
                    "In suspected forced marriage, follow the “one chance” rule: you may only have one "
                    "chance to help. Do not contact the family or attempt mediation.",
                ),
                heading("MARAC and IDVA referrals"),
                text(
                    "A MARAC (Multi-Agency Risk Assessment Conference) is a regular local meeting where "
                    "police, health, children's services, housing, IDVAs and others share information on "
                    "the highest-risk cases and agree a safety plan.",
                    "Refer to MARAC when a risk assessment such as the SafeLives DASH checklist (a list of "
                    "questions about domestic abuse, stalking, harassment and honour-based violence) shows 14 or "
                    "more ticks, when your professional judgement says the risk is high, or when abuse is "
                    "escalating. Explain the referral to the person where it is safe to do so; consent is "
                    "good practice but is not required when the risk is high.",
                    "An IDVA (independent domestic violence adviser) is a specialist who supports people at "
                    "high risk from the time of crisis, working with them on safety planning and through "
                    "the MARAC and court processes. Refer with the person's consent, using your local "
                    "referral route.",
                ),
                {
                    "type": "document",
                    "value": {
                        "document": guide(),
                        "title": "",
                        "description": "A printable summary of this page, to keep by the phone.",
                    },
                },
                help_from_directory(services, ["Example Domestic Abuse Helpline", "Example Refuge"]),
            ],
        },
    ]


GUIDE_PARAGRAPHS = [
    "For anyone whose work brings them into contact with people at risk of domestic abuse, forced "
    "marriage or honour-based abuse. Demo content: check your local procedures.",
    "## Spotting the signs",
    "Repeated injuries with vague explanations; missed appointments; a partner who always attends or "
    "answers for the person; anxiety, depression or substance use; control of money, phone or movements. "
    "In children: changes in behaviour, attendance or development.",
    "## Asking the question safely",
    "Ask only when the person is alone. Use a professional interpreter, never family or friends. Ask "
    "directly and without judgement: 'Does anyone at home hurt you or make you feel afraid?' Believe them, "
    "record accurately, and agree how it is safe to contact them again.",
    "Forced marriage: the 'one chance' rule. Do not contact the family or attempt mediation.",
    "## MARAC (multi-agency risk assessment conference)",
    "A regular local meeting of police, health, children's services, housing, domestic abuse advisers "
    "and others on the highest-risk cases. Refer when the DASH risk checklist (questions on domestic abuse, stalking, "
    "harassment and honour-based violence) shows 14 or more ticks, when your professional "
    "judgement says the risk is high, or when abuse is escalating. Tell the person where safe; consent is "
    "good practice but not required at high risk.",
    "## IDVA (independent domestic violence adviser)",
    "An independent domestic violence adviser supports people at high risk: safety planning, MARAC and "
    "court. Refer with consent through your local referral route.",
    "## In an emergency",
    "Call 999. If the caller cannot speak on a mobile, they can press 55 when asked (the Silent Solution). "
    "Children and young people can call Childline free on 0800 1111.",
]
