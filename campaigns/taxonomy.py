"""The seeded topics and the fixed audiences. Seeding only adds what is
missing, so editors' renames and additions are kept."""

TOPICS = [
    ("coercive-control", "Coercive control"),
    ("physical-abuse", "Physical abuse"),
    ("emotional-abuse", "Emotional abuse"),
    ("economic-abuse", "Economic abuse"),
    ("sexual-violence-and-consent", "Sexual violence and consent"),
    ("stalking", "Stalking"),
    ("honour-based-abuse", "Honour-based abuse"),
    ("forced-marriage", "Forced marriage"),
    ("fgm", "FGM"),
    ("tech-abuse", "Tech abuse"),
    ("teenage-relationship-abuse", "Abuse in teenage relationships"),
    ("abuse-of-older-people", "Abuse of older people"),
    ("abuse-of-disabled-people", "Abuse of disabled people"),
    ("men-experiencing-abuse", "Men experiencing abuse"),
    ("lgbt-people", "LGBT+ people"),
    ("worried-about-own-behaviour", "People worried about their own behaviour"),
]

AUDIENCES = [
    ("young-people", "Young people"),
    ("adults", "Adults"),
    ("parents-and-carers", "Parents and carers"),
    ("professionals", "Professionals"),
]


def seed(Topic, Audience):
    for model, rows in ((Topic, TOPICS), (Audience, AUDIENCES)):
        existing = set(model.objects.values_list("slug", flat=True))
        for order, (slug, name) in enumerate(rows):
            if slug not in existing:
                model.objects.create(slug=slug, name=name, name_en=name, sort_order=order)
