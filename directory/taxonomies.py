"""The three taxonomies every Waymark directory starts with. Codes are what
import files use, so they never change once released; names are editable."""

from .models.taxonomy import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES

TAXONOMIES = {
    SERVICE_TYPES: (
        "Service types",
        [
            ("information", "Access to information"),
            ("accommodation", "Accommodation and protection (refuge, sanctuary schemes)"),
            ("legal", "Legal support"),
            ("drug-alcohol", "Drug and alcohol support"),
            ("childrens-services", "Children's services"),
            ("emotional-support", "Emotional and peer support"),
            ("financial-advice", "Financial advice"),
            ("health", "Health provision"),
            ("interpreting", "Translation and interpreting"),
            ("immigration", "Immigration advice"),
        ],
    ),
    SPECIALIST_ROLES: (
        "Specialist roles",
        [
            ("helpline", "Helpline"),
            ("idva", "IDVA (independent domestic violence adviser)"),
            ("isva", "ISVA (independent sexual violence adviser)"),
            ("sarc", "SARC (sexual assault referral centre)"),
            ("marac", "MARAC referral: multi-agency risk assessment conference (for professionals)"),
            ("outreach", "Outreach"),
            ("counselling", "Counselling"),
            ("perpetrator-programme", "Perpetrator programme"),
            ("children-young-people", "Services for children and young people"),
        ],
    ),
    AUDIENCES: (
        "Audiences",
        [
            ("women", "Women"),
            ("men", "Men"),
            ("lgbt", "LGBT+"),
            ("children", "Children"),
            ("young-people", "Young people"),
            ("older-people", "Older people"),
            ("disabled-deaf", "Disabled and Deaf people"),
            ("black-minoritised", "Black and minoritised communities"),
            ("migrants-nrpf", "Migrants and people with no recourse to public funds"),
            ("own-behaviour", "People worried about their own behaviour"),
        ],
    ),
}


def seed_taxonomies(Taxonomy, TaxonomyTerm):
    """Create any missing taxonomy or term; never rename or restore what
    editors changed. Takes the model classes so a data migration can pass
    its historical models. Both the base and the English column are set
    because historical models bypass modeltranslation."""
    for code, (name, terms) in TAXONOMIES.items():
        taxonomy, _ = Taxonomy.objects.get_or_create(code=code, defaults={"name": name, "name_en": name})
        for term_code, term_name in terms:
            TaxonomyTerm.objects.get_or_create(
                taxonomy=taxonomy,
                code=term_code,
                defaults={"name": term_name, "name_en": term_name},
            )
