"""The demo services' hours in words, in the site's other nine languages:
what an editor of a real directory would write in each language's column,
so a visitor reading Polish sees "poniedziałek–piątek 9:00–17:00", not the
English text. Filled only where the column is empty and the English text
is still the demo's. Written by the project: a native speaker should check
them (as with directory/taxonomy_translations.py)."""

from django.db.models import Q

from directory.models import ContactRoute, Service

# English text (as demo/directory.py writes it) -> language -> text.
HOURS = {
    "Monday to Friday 9am to 5pm": {
        "cy": "Dydd Llun i ddydd Gwener 9yb i 5yh",
        "pl": "Od poniedziałku do piątku 9:00–17:00",
        "ur": "پیر سے جمعہ، صبح 9 سے شام 5 بجے تک",
        "pa": "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 9 ਤੋਂ ਸ਼ਾਮ 5 ਵਜੇ ਤੱਕ",
        "bn": "সোমবার থেকে শুক্রবার, সকাল 9টা থেকে বিকেল 5টা",
        "ar": "من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً",
        "so": "Isniin ilaa Jimce, 9 subaxnimo ilaa 5 galabnimo",
        "ro": "De luni până vineri, 9:00–17:00",
        "zh_hans": "周一至周五 9:00–17:00",
    },
    "Monday to Friday 9am to 5pm, and Thursday 6pm to 8pm": {
        "cy": "Dydd Llun i ddydd Gwener 9yb i 5yh, a nos Iau 6yh i 8yh",
        "pl": "Od poniedziałku do piątku 9:00–17:00 oraz w czwartek 18:00–20:00",
        "ur": "پیر سے جمعہ، صبح 9 سے شام 5 بجے تک، اور جمعرات شام 6 سے رات 8 بجے تک",
        "pa": "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 9 ਤੋਂ ਸ਼ਾਮ 5 ਵਜੇ ਤੱਕ, ਅਤੇ ਵੀਰਵਾਰ ਸ਼ਾਮ 6 ਤੋਂ ਰਾਤ 8 ਵਜੇ ਤੱਕ",
        "bn": "সোমবার থেকে শুক্রবার, সকাল 9টা থেকে বিকেল 5টা, এবং বৃহস্পতিবার সন্ধ্যা 6টা থেকে রাত 8টা",
        "ar": "من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً، ويوم الخميس من 6 إلى 8 مساءً",
        "so": "Isniin ilaa Jimce, 9 subaxnimo ilaa 5 galabnimo, iyo Khamiista 6 ilaa 8 fiidnimo",
        "ro": "De luni până vineri, 9:00–17:00, și joi 18:00–20:00",
        "zh_hans": "周一至周五 9:00–17:00，周四另加 18:00–20:00",
    },
    "Monday to Friday 8am to 8pm, Saturday 10am to 1pm": {
        "cy": "Dydd Llun i ddydd Gwener 8yb i 8yh, dydd Sadwrn 10yb i 1yh",
        "pl": "Od poniedziałku do piątku 8:00–20:00, w sobotę 10:00–13:00",
        "ur": "پیر سے جمعہ، صبح 8 سے رات 8 بجے تک، ہفتہ صبح 10 سے دوپہر 1 بجے تک",
        "pa": "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 8 ਤੋਂ ਰਾਤ 8 ਵਜੇ ਤੱਕ, ਸ਼ਨੀਵਾਰ ਸਵੇਰੇ 10 ਤੋਂ ਦੁਪਹਿਰ 1 ਵਜੇ ਤੱਕ",
        "bn": "সোমবার থেকে শুক্রবার, সকাল 8টা থেকে রাত 8টা, শনিবার সকাল 10টা থেকে দুপুর 1টা",
        "ar": "من الاثنين إلى الجمعة، من 8 صباحًا إلى 8 مساءً، والسبت من 10 صباحًا إلى 1 ظهرًا",
        "so": "Isniin ilaa Jimce, 8 subaxnimo ilaa 8 fiidnimo, Sabti 10 subaxnimo ilaa 1 duhurnimo",
        "ro": "De luni până vineri, 8:00–20:00, sâmbătă 10:00–13:00",
        "zh_hans": "周一至周五 8:00–20:00，周六 10:00–13:00",
    },
    "Monday to Friday 9am to 6pm, Saturday 9am to 12 noon": {
        "cy": "Dydd Llun i ddydd Gwener 9yb i 6yh, dydd Sadwrn 9yb i 12 hanner dydd",
        "pl": "Od poniedziałku do piątku 9:00–18:00, w sobotę 9:00–12:00",
        "ur": "پیر سے جمعہ، صبح 9 سے شام 6 بجے تک، ہفتہ صبح 9 سے دوپہر 12 بجے تک",
        "pa": "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 9 ਤੋਂ ਸ਼ਾਮ 6 ਵਜੇ ਤੱਕ, ਸ਼ਨੀਵਾਰ ਸਵੇਰੇ 9 ਤੋਂ ਦੁਪਹਿਰ 12 ਵਜੇ ਤੱਕ",
        "bn": "সোমবার থেকে শুক্রবার, সকাল 9টা থেকে সন্ধ্যা 6টা, শনিবার সকাল 9টা থেকে দুপুর 12টা",
        "ar": "من الاثنين إلى الجمعة، من 9 صباحًا إلى 6 مساءً، والسبت من 9 صباحًا إلى 12 ظهرًا",
        "so": "Isniin ilaa Jimce, 9 subaxnimo ilaa 6 fiidnimo, Sabti 9 subaxnimo ilaa 12 duhurnimo",
        "ro": "De luni până vineri, 9:00–18:00, sâmbătă 9:00–12:00",
        "zh_hans": "周一至周五 9:00–18:00，周六 9:00–12:00",
    },
    # The import template's (directory/fixtures/services-template.csv).
    "Monday to Friday 10am to 6pm": {
        "cy": "Dydd Llun i ddydd Gwener 10yb i 6yh",
        "pl": "Od poniedziałku do piątku 10:00–18:00",
        "ur": "پیر سے جمعہ، صبح 10 سے شام 6 بجے تک",
        "pa": "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 10 ਤੋਂ ਸ਼ਾਮ 6 ਵਜੇ ਤੱਕ",
        "bn": "সোমবার থেকে শুক্রবার, সকাল 10টা থেকে সন্ধ্যা 6টা",
        "ar": "من الاثنين إلى الجمعة، من 10 صباحًا إلى 6 مساءً",
        "so": "Isniin ilaa Jimce, 10 subaxnimo ilaa 6 fiidnimo",
        "ro": "De luni până vineri, 10:00–18:00",
        "zh_hans": "周一至周五 10:00–18:00",
    },
    "Monday to Friday 10am to 8pm": {
        "cy": "Dydd Llun i ddydd Gwener 10yb i 8yh",
        "pl": "Od poniedziałku do piątku 10:00–20:00",
        "ur": "پیر سے جمعہ، صبح 10 سے رات 8 بجے تک",
        "pa": "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 10 ਤੋਂ ਰਾਤ 8 ਵਜੇ ਤੱਕ",
        "bn": "সোমবার থেকে শুক্রবার, সকাল 10টা থেকে রাত 8টা",
        "ar": "من الاثنين إلى الجمعة، من 10 صباحًا إلى 8 مساءً",
        "so": "Isniin ilaa Jimce, 10 subaxnimo ilaa 8 fiidnimo",
        "ro": "De luni până vineri, 10:00–20:00",
        "zh_hans": "周一至周五 10:00–20:00",
    },
    "24 hours, every day": {
        "cy": "24 awr, bob dydd",
        "pl": "Całą dobę, codziennie",
        "ur": "ہر روز، 24 گھنٹے",
        "pa": "ਹਰ ਰੋਜ਼, 24 ਘੰਟੇ",
        "bn": "প্রতিদিন, 24 ঘণ্টা",
        "ar": "24 ساعة، كل يوم",
        "so": "24 saacadood, maalin kasta",
        "ro": "24 de ore din 24, în fiecare zi",
        "zh_hans": "每天 24 小时",
    },
    "24 hours": {
        "cy": "24 awr",
        "pl": "Całą dobę",
        "ur": "24 گھنٹے",
        "pa": "24 ਘੰਟੇ",
        "bn": "24 ঘণ্টা",
        "ar": "24 ساعة",
        "so": "24 saacadood",
        "ro": "Non-stop",
        "zh_hans": "24 小时",
    },
}

HOURS_NOTES = {
    "Closed on bank holidays.": {
        "cy": "Ar gau ar wyliau banc.",
        "pl": "Nieczynne w dni ustawowo wolne od pracy.",
        "ur": "بینک کی چھٹیوں پر بند۔",
        "pa": "ਬੈਂਕ ਛੁੱਟੀਆਂ ਵਾਲੇ ਦਿਨ ਬੰਦ।",
        "bn": "ব্যাংক ছুটির দিনে বন্ধ।",
        "ar": "مغلق في العطل الرسمية.",
        "so": "Waa xiran yahay maalmaha fasaxa rasmiga ah.",
        "ro": "Închis în zilele de sărbătoare legală.",
        "zh_hans": "公共假日不开放。",
    },
    "The helpline is open all day and night.": {
        "cy": "Mae'r llinell gymorth ar agor ddydd a nos.",
        "pl": "Telefon zaufania działa całą dobę.",
        "ur": "ہیلپ لائن دن رات کھلی رہتی ہے۔",
        "pa": "ਹੈਲਪਲਾਈਨ ਦਿਨ-ਰਾਤ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ।",
        "bn": "হেল্পলাইন দিনরাত খোলা থাকে।",
        "ar": "خط المساعدة مفتوح ليلًا ونهارًا.",
        "so": "Khadka caawinta wuu furan yahay habeen iyo maalin.",
        "ro": "Linia de ajutor este deschisă zi și noapte.",
        "zh_hans": "求助热线全天 24 小时开放。",
    },
    "Evening sessions on Thursdays.": {
        "cy": "Sesiynau gyda'r nos ar ddydd Iau.",
        "pl": "Spotkania wieczorne w czwartki.",
        "ur": "جمعرات کو شام کے سیشن بھی ہوتے ہیں۔",
        "pa": "ਵੀਰਵਾਰ ਨੂੰ ਸ਼ਾਮ ਦੇ ਸੈਸ਼ਨ ਵੀ ਹੁੰਦੇ ਹਨ।",
        "bn": "বৃহস্পতিবার সন্ধ্যায়ও সেশন হয়।",
        "ar": "توجد جلسات مسائية يوم الخميس.",
        "so": "Kulamo fiid ah ayaa jira Khamiista.",
        "ro": "Joia sunt și ședințe seara.",
        "zh_hans": "周四晚上也有咨询时段。",
    },
    "The group meets on Tuesdays, 6pm to 8pm. Call in office hours to join. Closed on bank holidays.": {
        "cy": "Mae'r grŵp yn cwrdd ar ddydd Mawrth, 6yh i 8yh. Ffoniwch yn ystod oriau swyddfa i ymuno. Ar gau ar wyliau banc.",
        "pl": "Grupa spotyka się we wtorki w godz. 18:00–20:00. Aby dołączyć, zadzwoń w godzinach pracy biura. "
        "Nieczynne w dni ustawowo wolne od pracy.",
        "ur": "گروپ ہر منگل کو شام 6 سے رات 8 بجے تک ملتا ہے۔ شامل ہونے کے لیے دفتری اوقات میں فون کریں۔ "
        "بینک کی چھٹیوں پر بند۔",
        "pa": "ਗਰੁੱਪ ਹਰ ਮੰਗਲਵਾਰ ਸ਼ਾਮ 6 ਤੋਂ ਰਾਤ 8 ਵਜੇ ਤੱਕ ਮਿਲਦਾ ਹੈ। ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਦਫ਼ਤਰ ਦੇ ਸਮੇਂ ਵਿੱਚ ਫ਼ੋਨ ਕਰੋ। ਬੈਂਕ ਛੁੱਟੀਆਂ ਵਾਲੇ ਦਿਨ ਬੰਦ।",
        "bn": "দলটি প্রতি মঙ্গলবার সন্ধ্যা 6টা থেকে রাত 8টা পর্যন্ত মিলিত হয়। যোগ দিতে অফিস সময়ে ফোন করুন। ব্যাংক ছুটির দিনে বন্ধ।",
        "ar": "تجتمع المجموعة يوم الثلاثاء من 6 إلى 8 مساءً. اتصل خلال ساعات العمل للانضمام. مغلق في العطل الرسمية.",
        "so": "Kooxdu waxay kulantaa Talaadada, 6 ilaa 8 fiidnimo. Wac saacadaha xafiiska si aad ugu biirto. "
        "Waa xiran yahay maalmaha fasaxa rasmiga ah.",
        "ro": "Grupul se întâlnește marțea, între 18:00 și 20:00. Sună în programul de lucru ca să te alături. "
        "Închis în zilele de sărbătoare legală.",
        "zh_hans": "小组每周二 18:00–20:00 聚会。如想加入，请在办公时间来电。公共假日不开放。",
    },
}


def translate_hours():
    """Fill the empty hours columns of demo routes and services whose English
    text is still the demo's. Returns how many records changed."""
    changed = 0
    for model, field, table in ((ContactRoute, "hours", HOURS), (Service, "hours_note", HOURS_NOTES)):
        columns = {column.name for column in model._meta.get_fields()}
        for english, names in table.items():
            for language, text in names.items():
                column = f"{field}_{language}"
                if column in columns:
                    empty = Q(**{column: ""}) | Q(**{f"{column}__isnull": True})
                    changed += model.objects.filter(empty, **{f"{field}_en": english}).update(**{column: text})
    return changed
