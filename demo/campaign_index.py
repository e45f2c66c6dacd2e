"""The campaigns index in the site's other nine languages: its title is the
interface's own word for "Campaigns" (the header link's), so the breadcrumb
on every campaign page reads in the visitor's language; its intro is written
here. Written by the project: a native speaker should check the intros."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from translations.languages import is_translated

INTROS = {
    "cy": "Gwybodaeth am wahanol fathau o gam-drin, i'r bobl y mae'n effeithio arnynt, y bobl o'u cwmpas a'r "
    "gweithwyr proffesiynol sy'n helpu. Mae gan y rhan fwyaf o ymgyrchoedd fersiwn hawdd ei ddarllen hefyd.",
    "pl": "Informacje o różnych formach przemocy – dla osób, których dotyczy, ich bliskich i specjalistów, którzy "
    "pomagają. Większość kampanii ma też wersję łatwą do czytania.",
    "ur": "بدسلوکی کی مختلف اقسام کے بارے میں معلومات: متاثرہ لوگوں کے لیے، ان کے آس پاس کے لوگوں کے لیے، اور مدد "
    "کرنے والے پیشہ ور افراد کے لیے۔ زیادہ تر مہمات کا آسان فہم ورژن بھی موجود ہے۔",
    "pa": "ਵੱਖ-ਵੱਖ ਕਿਸਮਾਂ ਦੇ ਦੁਰਵਿਹਾਰ ਬਾਰੇ ਜਾਣਕਾਰੀ: ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ 'ਤੇ ਇਸ ਦਾ ਅਸਰ ਪੈਂਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਦੇ ਆਸ-ਪਾਸ ਦੇ ਲੋਕਾਂ ਅਤੇ "
    "ਮਦਦ ਕਰਨ ਵਾਲੇ ਪੇਸ਼ੇਵਰਾਂ ਲਈ। ਜ਼ਿਆਦਾਤਰ ਮੁਹਿੰਮਾਂ ਦਾ ਆਸਾਨ ਭਾਸ਼ਾ ਵਾਲਾ ਰੂਪ ਵੀ ਹੈ।",
    "bn": "বিভিন্ন ধরনের নির্যাতন সম্পর্কে তথ্য: যাঁরা এর শিকার, তাঁদের আশেপাশের মানুষ এবং যে পেশাজীবীরা সাহায্য "
    "করেন, তাঁদের জন্য। বেশিরভাগ প্রচারাভিযানের একটি সহজে পড়ার সংস্করণও আছে।",
    "ar": "معلومات عن أشكال مختلفة من الإساءة، للأشخاص المتأثرين بها والمحيطين بهم والمختصين الذين يقدمون "
    "المساعدة. لمعظم الحملات أيضًا نسخة سهلة القراءة.",
    "so": "Macluumaad ku saabsan noocyada kala duwan ee xadgudubka, loogu talagalay dadka ay saameyso, dadka ku "
    "xeeran iyo xirfadlayaasha caawiya. Ololeyaasha intooda badan waxay sidoo kale leeyihiin nooc akhris fudud.",
    "ro": "Informații despre diferite forme de abuz, pentru persoanele afectate, pentru cei din jurul lor și pentru "
    "profesioniștii care ajută. Majoritatea campaniilor au și o versiune ușor de citit.",
    "zh_hans": "介绍各种形式的虐待，面向受影响的人、他们身边的人以及提供帮助的专业人员。大多数宣传活动还有易读版。",
}


def translate(index):
    """Give the index its title and intro in each offered language it lacks."""
    changed = False
    for code, _name in settings.LANGUAGES:
        column = code.replace("-", "_")
        if column not in INTROS or is_translated(index, "title", code):
            continue
        with translation.override(code):
            setattr(index, f"title_{column}", _("Campaigns"))
        setattr(index, f"intro_{column}", INTROS[column])
        changed = True
    if changed:
        index.save_revision().publish()
