"""The fictional local services of the demo directory, in Coventry: who runs
each one, what it does and for whom. Written so that a service's name,
summary, description, organisation, service types, specialist roles and
audiences tell one story, as a partnership's own directory would.

Every name says "Example"; demo/directory.py adds the Ofcom drama numbers,
example.org addresses, opening hours and review dates.

`ORGANISATIONS`: key -> (name, web domain, where it is based: neighbourhood,
outcode, street). `SERVICES`: one dict per service, in a fixed order (the
order gives each service its id and phone number, so never reorder or
remove one; add new ones at the end).
"""

from typing import Any

ORGANISATIONS = {
    "cdas": (
        "Example Coventry Domestic Abuse Service",
        "domesticabuse-coventry",
        ("Riverside", "CV1", "12 Example Street"),
    ),
    "csp": ("Example Community Safety Partnership", "safercoventry", ("Northgate", "CV1", "1 Example Square")),
    "council": ("Example City Council", "coventry-council", ("Northgate", "CV1", "3 Example Square")),
    "rasa": ("Example Rape and Sexual Abuse Support Centre", "rasa-coventry", ("Hillview", "CV2", "40 Example Road")),
    "hospital": (
        "Example University Hospitals Trust",
        "hospitals-coventry",
        ("Eastfield", "CV2", "Example Hospital, Example Lane"),
    ),
    "law": ("Example Law Centre", "lawcentre-coventry", ("Riverside", "CV1", "8 Example Row")),
    "money": ("Example Money Advice Centre", "moneyadvice-coventry", ("Westbrook", "CV5", "21 Example Avenue")),
    "recovery": ("Example Recovery Partnership", "recovery-coventry", ("Parkside", "CV3", "5 Example Walk")),
    "interpreting": (
        "Example Interpreting Cooperative",
        "interpreting-coventry",
        ("Canalside", "CV6", "2 Example Wharf"),
    ),
    "asian-women": ("Example Asian Women's Centre", "asianwomen-coventry", ("Eastfield", "CV2", "17 Example Street")),
    "migrant-women": (
        "Example Migrant Women's Project",
        "migrantwomen-coventry",
        ("Canalside", "CV6", "30 Example Road"),
    ),
    "lgbt": ("Example LGBT+ Centre", "lgbt-coventry", ("Riverside", "CV1", "9 Example Lane")),
    "later-life": ("Example Later Life Trust", "laterlife-coventry", ("Westbrook", "CV5", "44 Example Grove")),
    "deaf": ("Example Deaf Access Centre", "deafaccess-coventry", ("Parkside", "CV3", "6 Example Close")),
    "men": ("Example Men's Support Network", "menssupport-coventry", ("Hillview", "CV4", "14 Example Road")),
    "children": ("Example Children's Charity", "children-coventry", ("Westbrook", "CV4", "25 Example Street")),
    "change": ("Example Change Project", "changeproject-coventry", ("Parkside", "CV3", "11 Example Parade")),
    "chinese": (
        "Example Chinese Community Centre",
        "chinesecentre-coventry",
        ("Canalside", "CV6", "7 Example Terrace"),
    ),
}

CITY = ["CV1", "CV2", "CV3", "CV4", "CV5", "CV6"]

# hours: "office" (Monday to Friday 9am to 5pm), "office-late" (and Thursday
# evening), "extended" (8am to 8pm weekdays, Saturday morning), "24/7",
# "group" (one evening a week), "clinic" (weekdays and Saturday morning).
SERVICES: list[dict[str, Any]] = [
    {
        "org": "cdas",
        "name": "Example Coventry IDVA Service",
        "types": ["information"],
        "roles": ["idva"],
        "audiences": ["women", "men"],
        "summary": "Independent domestic violence advisers (IDVAs) for adults at high risk of serious harm from "
        "domestic abuse.",
        "description": "An IDVA works with you from the time of crisis: a safety plan, help with the police, "
        "courts and housing, and speaking up for you at MARAC. Support usually lasts a few months.",
        "route": "both",
        "application": "Professionals refer with the person's consent; you can also refer yourself by phone.",
        "hours": "office",
        "languages": ["en", "pa", "pl", "ur"],
    },
    {
        "org": "cdas",
        "name": "Example Coventry Domestic Abuse Helpline",
        "types": ["information", "emotional-support"],
        "roles": ["helpline"],
        "audiences": ["women", "men", "lgbt"],
        "summary": "Free, confidential advice by phone for anyone in Coventry affected by domestic abuse.",
        "description": "Advisers listen, help you think through your options and make a safety plan, and can "
        "refer you to local services, including refuge and the IDVA service.",
        "route": "self",
        "hours": "24/7",
        "languages": ["en"],
        "text_relay": True,
    },
    {
        "org": "cdas",
        "name": "Example Domestic Abuse Outreach",
        "types": ["information", "emotional-support"],
        "roles": ["outreach"],
        "audiences": ["women", "men"],
        "summary": "Outreach workers who meet you somewhere safe, for support at lower or medium risk.",
        "description": "A worker meets you at a place you choose, such as a GP surgery or children's centre, "
        "and helps with safety planning, housing, money and the next steps you want to take.",
        "route": "both",
        "hours": "office-late",
        "languages": ["en", "pl", "ro"],
    },
    {
        "org": "cdas",
        "name": "Example Survivors' Peer Support Group",
        "types": ["emotional-support"],
        "roles": [],
        "audiences": ["women"],
        "summary": "A weekly group where women who have left an abusive relationship meet and support each other.",
        "description": "A twelve-week group run by two trained facilitators: understanding abuse, rebuilding "
        "confidence and staying safe. Free childcare is available during sessions.",
        "route": "both",
        "hours": "group",
        "languages": ["en"],
        "interpretation": False,
    },
    {
        "org": "cdas",
        "name": "Example Children and Young People's Domestic Abuse Service",
        "types": ["childrens-services"],
        "roles": ["children-young-people"],
        "audiences": ["children", "young-people"],
        "summary": "Support for children and young people aged 5 to 18 who have lived with domestic abuse at home.",
        "description": "One-to-one sessions and small groups help children understand what happened, talk about "
        "their feelings and feel safe. Parents who have experienced abuse get support to talk with "
        "their children.",
        "route": "both",
        "application": "A parent, social worker, teacher or GP can refer. Young people aged 13 and over can "
        "contact us themselves.",
        "hours": "office-late",
        "minimum_age": 5,
        "maximum_age": 18,
        "languages": ["en", "pa", "ur"],
    },
    {
        "org": "cdas",
        "name": "Example Young People's Violence Advisers",
        "types": ["childrens-services", "information"],
        "roles": ["idva", "children-young-people"],
        "audiences": ["young-people"],
        "summary": "Young people's violence advisers (YPVAs): IDVAs for 13 to 17-year-olds at high risk of harm "
        "in their own relationships.",
        "description": "A YPVA helps a young person who is being abused by a boyfriend, girlfriend or ex to make "
        "a safety plan, and works with their school, social worker and the police.",
        "route": "both",
        "hours": "office",
        "minimum_age": 13,
        "maximum_age": 17,
        "languages": ["en"],
    },
    {
        "org": "csp",
        "name": "Example Coventry MARAC Coordinator",
        "types": ["information"],
        "roles": ["marac"],
        "audiences": [],
        "summary": "The MARAC referral point for professionals in Coventry, for people at high risk of serious "
        "harm from domestic abuse.",
        "description": "Send referrals for the fortnightly MARAC (multi-agency risk assessment conference) here. "
        "Refer when the DASH risk checklist shows 14 or more ticks, when your professional judgement "
        "says the risk is high, or when abuse is escalating. The coordinator confirms receipt and "
        "the meeting date, and the IDVA service contacts the person.",
        "route": "professional",
        "application": "Professionals only: send the referral form and the completed DASH risk checklist by "
        "secure email.",
        "what_happens_next": "The coordinator confirms receipt by the next working day and tells you when the "
        "case will be heard.",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "council",
        "name": "Example Sanctuary Scheme",
        "types": ["accommodation"],
        "roles": [],
        "audiences": ["women", "men"],
        "summary": "Extra security for your home so you can stay safely where you live, if you want to.",
        "description": "A surveyor checks your home and fits what it needs: stronger doors and locks, window "
        "alarms, lighting or a safe room. The abuser must no longer live there.",
        "route": "both",
        "application": "Ask your IDVA, outreach worker or housing officer to refer you, or call us.",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "council",
        "name": "Example Housing Options: Domestic Abuse",
        "types": ["accommodation", "information"],
        "roles": [],
        "audiences": ["women", "men", "lgbt"],
        "summary": "Housing advice if you are homeless or cannot stay at home because of domestic abuse.",
        "description": "Housing officers trained in domestic abuse assess what you need, find emergency "
        "accommodation when it is not safe to go home, and help you apply for a new home.",
        "route": "self",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "rasa",
        "name": "Example Sexual Violence ISVA Service",
        "types": ["information"],
        "roles": ["isva"],
        "audiences": ["women", "men", "lgbt", "young-people"],
        "summary": "Independent sexual violence advisers (ISVAs) for anyone aged 13 or over who has been raped "
        "or sexually assaulted, recently or in the past.",
        "description": "An ISVA explains your options, whether or not you report to the police, and supports "
        "you through a police investigation and court case if you choose that.",
        "route": "both",
        "hours": "office",
        "minimum_age": 13,
        "languages": ["en"],
    },
    {
        "org": "rasa",
        "name": "Example Sexual Abuse Counselling",
        "types": ["emotional-support"],
        "roles": ["counselling"],
        "audiences": ["women", "men", "lgbt"],
        "summary": "Free counselling for adults who have experienced rape, sexual assault or childhood sexual abuse.",
        "description": "Up to 20 weekly sessions with a counsellor trained in trauma, in person or by video call.",
        "route": "both",
        "hours": "office-late",
        "minimum_age": 18,
        "languages": ["en"],
        "waiting_list": "Waiting list of about eight weeks.",
    },
    {
        "org": "rasa",
        "name": "Example Sexual Violence Helpline",
        "types": ["emotional-support", "information"],
        "roles": ["helpline"],
        "audiences": ["women", "men", "lgbt"],
        "summary": "A confidential helpline for anyone affected by rape or sexual abuse, and for the people "
        "supporting them.",
        "description": "Trained volunteers listen, talk through your options and can refer you to an ISVA or "
        "counselling. You do not have to give your name.",
        "route": "self",
        "hours": "extended",
        "languages": ["en"],
        "text_relay": True,
    },
    {
        "org": "hospital",
        "name": "Example Sexual Assault Referral Centre (SARC)",
        "types": ["health"],
        "roles": ["sarc"],
        "audiences": ["women", "men", "children", "young-people"],
        "summary": "Medical care and forensic examination after rape or sexual assault, whether or not you "
        "report to the police.",
        "description": "Crisis workers, doctors and nurses offer emergency contraception, tests for sexually "
        "transmitted infections and a forensic examination, and can store evidence while you decide "
        "about reporting. They refer you on to an ISVA.",
        "route": "both",
        "application": "Call us yourself at any time, or the police can refer you.",
        "hours": "24/7",
        "languages": ["en"],
        "location": ("Eastfield", "CV2", "Example Hospital, Example Lane"),
    },
    {
        "org": "hospital",
        "name": "Example Hospital IDVA Service",
        "types": ["health", "information"],
        "roles": ["idva"],
        "audiences": ["women", "men"],
        "summary": "IDVAs in the hospital's emergency department and maternity unit, for patients at high risk "
        "from domestic abuse.",
        "description": "Hospital IDVAs see patients on the ward or in a private room, make a safety plan with "
        "them and refer to MARAC. Staff can ask for an IDVA for any patient.",
        "route": "professional",
        "application": "Hospital staff refer through the safeguarding team; patients can ask any nurse or doctor.",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "hospital",
        "name": "Example Sexual Health Clinic",
        "types": ["health"],
        "roles": [],
        "audiences": ["women", "men", "lgbt", "young-people"],
        "summary": "Sexual health care, with staff trained to ask about abuse and to refer on if you want it.",
        "description": "Contraception, tests and treatment for sexually transmitted infections, and pregnancy "
        "advice. Walk in or book. Staff can refer you to the ISVA or domestic abuse services.",
        "route": "self",
        "hours": "clinic",
        "minimum_age": 13,
        "languages": ["en"],
        "location": ("Riverside", "CV1", "Example Health Centre, 2 Example Road"),
    },
    {
        "org": "hospital",
        "name": "Example Specialist Domestic Abuse Midwife",
        "types": ["health"],
        "roles": ["outreach"],
        "audiences": ["women"],
        "summary": "A midwife who supports pregnant women experiencing domestic abuse, through pregnancy and "
        "after the birth.",
        "description": "The midwife sees you at antenatal appointments or at home when it is safe, plans the "
        "birth with your safety in mind and works with the IDVA service.",
        "route": "professional",
        "application": "Your community midwife, GP or health visitor refers you.",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "law",
        "name": "Example Family Law Advice Clinic",
        "types": ["legal"],
        "roles": [],
        "audiences": ["women", "men"],
        "summary": "Free legal advice on protective orders, divorce, child arrangements and legal aid.",
        "description": "Solicitors advise on non-molestation and occupation orders, child arrangements and "
        "divorce, and check whether you can get legal aid. Appointments are 45 minutes.",
        "route": "self",
        "hours": "office",
        "languages": ["en", "pl"],
    },
    {
        "org": "law",
        "name": "Example Immigration Advice Service",
        "types": ["immigration", "legal"],
        "roles": [],
        "audiences": ["migrants-nrpf", "women", "men"],
        "summary": "Immigration advice for survivors of domestic abuse, including people with no recourse to "
        "public funds.",
        "description": "Regulated advisers help with the Migrant Victims of Domestic Abuse Concession, "
        "settlement as a victim of domestic abuse and other applications, so you do not have to stay "
        "with an abuser to stay in the UK.",
        "route": "both",
        "hours": "office",
        "languages": ["ar", "en", "so", "ur"],
    },
    {
        "org": "law",
        "name": "Example Family Court Support",
        "types": ["legal"],
        "roles": [],
        "audiences": ["women", "men"],
        "summary": "Help to get ready for a family court hearing, and someone beside you on the day.",
        "description": "Trained volunteers explain what happens at court, help with forms and statements, ask "
        "for a separate waiting room and screens, and come with you to the hearing. They do not give "
        "legal advice.",
        "route": "both",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "money",
        "name": "Example Economic Abuse Money Advice",
        "types": ["financial-advice"],
        "roles": [],
        "audiences": ["women", "men"],
        "summary": "Help with debt, benefits and bank accounts when someone has controlled or misused your money.",
        "description": "Advisers help you open a safe bank account, deal with debts in your name that were "
        "taken out by an abuser, claim benefits and plan your money if you leave.",
        "route": "self",
        "hours": "office",
        "languages": ["en", "bn", "pa"],
    },
    {
        "org": "money",
        "name": "Example Debt and Benefits Advice",
        "types": ["financial-advice"],
        "roles": [],
        "audiences": ["older-people", "disabled-deaf"],
        "summary": "Debt and benefits advice at home for older and disabled people, including when a family "
        "member or carer takes their money.",
        "description": "An adviser visits you at home or at a place you choose, checks you get the benefits "
        "you are entitled to and helps with debts. They can help you change who manages your money.",
        "route": "both",
        "hours": "office",
        "languages": ["en"],
        "overdue": True,
    },
    {
        "org": "recovery",
        "name": "Example Drug and Alcohol Recovery Service",
        "types": ["drug-alcohol"],
        "roles": ["outreach"],
        "audiences": ["women", "men"],
        "summary": "Drug and alcohol support from workers who understand domestic abuse and trauma.",
        "description": "Key workers help you cut down or stop using drugs or alcohol, at your pace, and ask "
        "safely about abuse at home. Women-only appointments are available.",
        "route": "self",
        "hours": "office-late",
        "languages": ["en", "pl"],
    },
    {
        "org": "recovery",
        "name": "Example Women's Recovery Group",
        "types": ["drug-alcohol", "emotional-support"],
        "roles": [],
        "audiences": ["women"],
        "summary": "A women-only group for women using drugs or alcohol who have experienced abuse.",
        "description": "A weekly group in a women-only space, with a worker from the domestic abuse service "
        "taking part. Come to a first session with a key worker if that helps.",
        "route": "both",
        "hours": "group",
        "languages": ["en"],
        "interpretation": False,
    },
    {
        "org": "interpreting",
        "name": "Example Community Interpreting Service",
        "types": ["interpreting"],
        "roles": [],
        "audiences": ["migrants-nrpf", "black-minoritised"],
        "summary": "Trained, independent interpreters for appointments with support services, GPs, solicitors, "
        "police and courts.",
        "description": "Interpreters are trained in domestic abuse and bound by confidentiality. The service "
        "you are seeing books and pays for the interpreter, so you never have to use a family member "
        "or friend.",
        "route": "professional",
        "application": "The service you are seeing books an interpreter for you. Ask them to.",
        "hours": "extended",
        "languages": ["ar", "bn", "en", "pa", "pl", "ro", "so", "ur", "zh"],
    },
    {
        "org": "interpreting",
        "name": "Example BSL Interpreting",
        "types": ["interpreting"],
        "roles": [],
        "audiences": ["disabled-deaf"],
        "summary": "British Sign Language interpreters for appointments with domestic abuse services, police "
        "and courts.",
        "description": "Registered BSL interpreters, including Deaf interpreters, booked by the service you "
        "are seeing. You can ask for a female interpreter.",
        "route": "professional",
        "application": "The service you are seeing books an interpreter for you. Ask them to.",
        "hours": "office",
        "languages": ["en"],
        "bsl": True,
    },
    {
        "org": "asian-women",
        "name": "Example Asian Women's Advice Service",
        "types": ["information"],
        "roles": ["outreach"],
        "audiences": ["women", "black-minoritised"],
        "summary": "Advice and outreach for South Asian women affected by domestic abuse, from workers who "
        "speak your language.",
        "description": "Workers who speak Punjabi, Urdu and Bengali help with safety planning, housing, money "
        "and immigration questions, and understand pressure from family and community.",
        "route": "both",
        "hours": "office",
        "languages": ["bn", "en", "pa", "ur"],
    },
    {
        "org": "asian-women",
        "name": "Example Forced Marriage and Honour-Based Abuse Advice",
        "types": ["information"],
        "roles": ["outreach"],
        "audiences": ["women", "young-people", "black-minoritised"],
        "summary": "Specialist advice for women and girls facing forced marriage or honour-based abuse.",
        "description": "Caseworkers help you make a safety plan, can work with the Forced Marriage Unit and "
        "the police to apply for a Forced Marriage Protection Order, and never contact your family "
        "without your agreement.",
        "route": "both",
        "hours": "office",
        "minimum_age": 13,
        "languages": ["bn", "en", "pa", "ur"],
    },
    {
        "org": "asian-women",
        "name": "Example Asian Women's Counselling",
        "types": ["emotional-support"],
        "roles": ["counselling"],
        "audiences": ["women", "black-minoritised"],
        "summary": "Counselling for South Asian women after domestic abuse, in Punjabi, Urdu, Bengali or English.",
        "description": "Up to twelve sessions with a counsellor who understands family and community pressure, "
        "in your own language.",
        "route": "both",
        "hours": "office",
        "minimum_age": 16,
        "languages": ["bn", "en", "pa", "ur"],
        "waiting_list": "Waiting list of about six weeks.",
    },
    {
        "org": "migrant-women",
        "name": "Example No Recourse to Public Funds Advice",
        "types": ["information", "financial-advice"],
        "roles": [],
        "audiences": ["women", "migrants-nrpf"],
        "summary": "Advice for migrant women with no recourse to public funds who need to leave an abuser.",
        "description": "Caseworkers help you find emergency support and accommodation, apply for money under "
        "the Migrant Victims of Domestic Abuse Concession and reach a regulated immigration adviser.",
        "route": "both",
        "hours": "office",
        "languages": ["ar", "en", "so"],
    },
    {
        "org": "migrant-women",
        "name": "Example Eastern European Migrant Women's Support",
        "types": ["information", "emotional-support"],
        "roles": ["outreach"],
        "audiences": ["women", "migrants-nrpf"],
        "summary": "Support in Polish and Romanian for migrant women affected by domestic abuse.",
        "description": "Workers who speak your language help with safety planning, your rights in the UK, "
        "work, benefits and housing.",
        "route": "self",
        "hours": "office-late",
        "languages": ["en", "pl", "ro"],
    },
    {
        "org": "migrant-women",
        "name": "Example Somali and Arabic-Speaking Women's Group",
        "types": ["emotional-support"],
        "roles": [],
        "audiences": ["women", "black-minoritised", "migrants-nrpf"],
        "summary": "A weekly group where Somali and Arabic-speaking women meet, talk and get support.",
        "description": "A relaxed group with a worker who speaks Somali and Arabic, where you can talk about "
        "relationships, family and your rights, and get one-to-one help afterwards.",
        "route": "self",
        "hours": "group",
        "languages": ["ar", "en", "so"],
        "interpretation": False,
    },
    {
        "org": "lgbt",
        "name": "Example LGBT+ Domestic Abuse Advocacy",
        "types": ["information"],
        "roles": ["idva"],
        "audiences": ["lgbt"],
        "summary": "An LGBT+ IDVA for lesbian, gay, bi, trans and queer people at high risk from a partner or "
        "family member.",
        "description": "Advocacy from an IDVA who understands abuse in LGBT+ relationships and from families, "
        "including threats to out you, safety planning and help with the police and MARAC.",
        "route": "both",
        "hours": "office",
        "languages": ["en"],
    },
    {
        "org": "lgbt",
        "name": "Example LGBT+ Peer Support Group",
        "types": ["emotional-support"],
        "roles": [],
        "audiences": ["lgbt"],
        "summary": "A monthly peer support group for LGBT+ people who have experienced domestic abuse.",
        "description": "Meet other LGBT+ survivors in a safe, confidential space, with a trained facilitator.",
        "route": "self",
        "hours": "group",
        "languages": ["en"],
        "interpretation": False,
    },
    {
        "org": "later-life",
        "name": "Example Older People's Domestic Abuse Advocacy",
        "types": ["information"],
        "roles": ["outreach"],
        "audiences": ["older-people"],
        "summary": "Support for people aged 60 and over abused by a partner, an adult child or another family member.",
        "description": "An advocate visits you at home or somewhere safe and helps with safety, money, care "
        "and housing, at your pace, including when the person harming you is also your carer.",
        "route": "both",
        "hours": "office",
        "minimum_age": 60,
        "languages": ["en", "pa"],
    },
    {
        "org": "deaf",
        "name": "Example Deaf Domestic Abuse Support",
        "types": ["information"],
        "roles": ["outreach"],
        "audiences": ["disabled-deaf", "women", "men"],
        "summary": "Domestic abuse support in British Sign Language, from Deaf and hearing workers who sign.",
        "description": "Workers meet you in BSL, without an interpreter, for safety planning and help with "
        "police, housing and health services. Contact us by text, email or video call.",
        "route": "self",
        "hours": "office",
        "languages": ["en"],
        "bsl": True,
        "text_relay": True,
    },
    {
        "org": "men",
        "name": "Example Men's Domestic Abuse Support",
        "types": ["information", "emotional-support"],
        "roles": ["outreach"],
        "audiences": ["men"],
        "summary": "Support for men experiencing domestic abuse from a partner, ex-partner or family member.",
        "description": "Workers who understand abuse of men help with safety planning, child arrangements, "
        "housing and the police, by phone or in person.",
        "route": "self",
        "hours": "office-late",
        "languages": ["en"],
    },
    {
        "org": "children",
        "name": "Example Children's Therapeutic Support",
        "types": ["childrens-services"],
        "roles": ["counselling", "children-young-people"],
        "audiences": ["children"],
        "summary": "Play and talking therapy for children aged 4 to 12 who have lived with domestic abuse.",
        "description": "Therapists work with each child for up to twenty weeks, with sessions for the parent "
        "who is safe, once the child is no longer living with the abuse.",
        "route": "professional",
        "application": "A social worker, school, GP or the domestic abuse service refers the child, with a "
        "parent's agreement.",
        "hours": "office",
        "minimum_age": 4,
        "maximum_age": 12,
        "languages": ["en"],
        "waiting_list": "Waiting list of about ten weeks.",
    },
    {
        "org": "children",
        "name": "Example Young People's Healthy Relationships Service",
        "types": ["childrens-services", "emotional-support"],
        "roles": ["children-young-people"],
        "audiences": ["young-people"],
        "summary": "Support for 11 to 18-year-olds who feel pressured, controlled or hurt by a boyfriend or "
        "girlfriend.",
        "description": "Youth workers meet young people in school, at the youth centre or online, to talk "
        "about what a healthy relationship is and to stay safe.",
        "route": "both",
        "application": "Get in touch yourself, or ask a teacher, school nurse or social worker to refer you.",
        "hours": "office-late",
        "minimum_age": 11,
        "maximum_age": 18,
        "languages": ["en"],
    },
    {
        "org": "change",
        "name": "Example Domestic Abuse Change Programme",
        "types": [],
        "roles": ["perpetrator-programme"],
        "audiences": ["own-behaviour", "men"],
        "summary": "A group programme for men who want to stop being abusive to a partner or ex-partner.",
        "description": "A 26-week group programme, after an assessment of whether it is right for you. A "
        "separate support worker contacts the partner or ex-partner to help keep them and any children "
        "safe while the man takes part.",
        "route": "both",
        "application": "Refer yourself, or a probation officer, social worker or GP can refer you.",
        "hours": "group",
        "minimum_age": 18,
        "languages": ["en", "pl"],
        "fees": "Free for most people. Some men referred by the family court pay up to £20 a session.",
    },
    {
        "org": "chinese",
        "name": "Example Chinese Community Advice",
        "types": ["information"],
        "roles": [],
        "audiences": ["black-minoritised", "women", "men"],
        "summary": "Advice in Cantonese and Mandarin for people affected by domestic abuse.",
        "description": "Advisers help with safety planning, housing, benefits and immigration questions, and "
        "go with you to appointments if you want.",
        "route": "self",
        "hours": "office",
        "languages": ["en", "zh"],
    },
    {
        "org": "rasa",
        "name": "Example Young People's Sexual Violence Counselling",
        "types": ["emotional-support", "childrens-services"],
        "roles": ["counselling", "children-young-people"],
        "audiences": ["young-people"],
        "summary": "Counselling for young people aged 13 to 18 who have experienced rape or sexual abuse.",
        "description": "Weekly sessions with a counsellor trained to work with young people after sexual "
        "violence, at school, in our centre or by video call.",
        "route": "both",
        "hours": "office-late",
        "minimum_age": 13,
        "maximum_age": 18,
        "languages": ["en"],
    },
    {
        "org": "recovery",
        "name": "Example Alcohol Outreach Team",
        "types": ["drug-alcohol"],
        "roles": ["outreach"],
        "audiences": ["women", "men", "older-people"],
        "summary": "Alcohol workers who visit people at home, in hospital or on the street.",
        "description": "The team works with people who find it hard to get to appointments, including older "
        "people drinking at home, and knows how abuse and drinking can be linked.",
        "route": "both",
        "hours": "office",
        "languages": ["en"],
    },
]
