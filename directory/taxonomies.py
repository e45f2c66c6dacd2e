"""The three taxonomies every Waymark directory starts with. Codes are what
import files use, so they never change once released; names are editable."""

from .models.taxonomy import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES
from .taxonomy_translations import TAXONOMY_NAMES, TERM_NAMES

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
    because historical models bypass modeltranslation. The names in the
    other languages fill only empty columns, and only while the English
    name is still the seeded one: a translation of a renamed term would
    name something else."""
    for code, (name, terms) in TAXONOMIES.items():
        taxonomy, _ = Taxonomy.objects.get_or_create(code=code, defaults={"name": name, "name_en": name})
        _fill_names(taxonomy, name, TAXONOMY_NAMES.get(code, {}))
        for term_code, term_name in terms:
            term, _ = TaxonomyTerm.objects.get_or_create(
                taxonomy=taxonomy,
                code=term_code,
                defaults={"name": term_name, "name_en": term_name},
            )
            _fill_names(term, term_name, TERM_NAMES.get(term_code, {}))


def _fill_names(record, english, names):
    if record.name_en != english:
        return
    # A site that runs fewer languages (LANGUAGES=...) has fewer columns.
    columns = {field.name for field in record._meta.get_fields()}
    empty = {
        f"name_{language}": name
        for language, name in names.items()
        if f"name_{language}" in columns and not getattr(record, f"name_{language}")
    }
    if empty:
        type(record).objects.filter(pk=record.pk).update(**empty)
