"""Welsh, Polish, Urdu and Arabic versions of two demo campaigns, "Is it
coercive control?" and "Love shouldn't hurt" (standard and easy read), of
the campaign topics and audiences, and of the site settings text.

These are the project's own translations of the English in
campaigns/demo_content.py, campaigns/taxonomy.py and site/demo.py. Each
campaign's "body" and "easy_read" lists follow the English blocks one for
one, in the same order, and give only the words: translations/demo.py puts
them into a copy of the stored English stream, so every block keeps its id,
and phone numbers, services, pictograms and callout kinds stay as they are.
If the English has changed shape since, that campaign is left untranslated.

Rules kept throughout, as in translations/demo_content.py:

- Phone numbers (999, 55, 0800 1111) are unchanged, and so are the names of
  services and schemes: Childline, Silent Solution, the Example Community
  Safety Partnership.
- Terms follow the interface catalogues (translations/locale/): "Signs to
  look out for", "Where to get help", "Questions people ask", "Is my
  relationship healthy?", "Exit this page", and yes / no / sometimes as the
  quiz buttons say them.
- Easy read stays easy read in every language: one idea per block, at most
  three sentences of at most 15 words, each sentence on its own line, plain
  everyday words. (The English demo's one deliberately long sentence, there
  to show the editors' warning, is only in an unpublished English draft;
  the published English and these are short sentences.)
- Polish avoids gendered forms where it can ("w pojedynkę", not "sam/sama");
  Arabic addresses the reader in the masculine, the usual neutral form, as
  the rest of the site does; Urdu uses آپ throughout.
"""

# The English that the site settings translations are of: the footer that
# site/demo.py writes, and the interface wording that visitors see while the
# English exit label and safety notice are left blank.
SITE_SETTINGS_SOURCE = {
    "footer_text": "Waymark is run by the Example Community Safety Partnership. Demo content only.",
    "exit_label": "Exit this page",
    "safety_notice": "Worried someone might see that you visited this site?",
}


def p(*paragraphs):
    """Rich text, as campaigns/demo_content.py's text() writes it."""
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def easy(*sentences):
    """The words of one easy read block: one sentence a line."""
    return {"text": "\n".join(sentences)}


# ----------------------------------------------------------------------
# Welsh
# ----------------------------------------------------------------------
_CY_EMERGENCY = {
    "heading": "Os ydych chi mewn perygl nawr",
    "routes": [
        {"label": "Yr heddlu, mewn argyfwng"},
        {
            "label": "Silent Solution: ffoniwch 999, yna pwyswch 55 os na allwch chi siarad",
            "note": "Ar ffôn symudol, pwyswch 55 pan fydd y gweithredwr yn gofyn, a byddwch chi'n cael eich "
            "trosglwyddo i'r heddlu.",
        },
    ],
}

CY = {
    "is-it-coercive-control": {
        "title": "Ai rheolaeth drwy orfodaeth yw hyn?",
        "intro": "Nid yw cam-drin bob amser yn gorfforol. Gall patrwm o reolaeth, bygythiadau ac ofn gymryd "
        "eich rhyddid oddi arnoch chi yr un mor sicr, ac mae'n drosedd.",
        "body": [
            p(
                "Patrwm o ymddygiad yw rheolaeth drwy orfodaeth. Mae partner, cyn-bartner neu aelod o'r teulu yn "
                "ei ddefnyddio i'ch gwneud chi'n ddibynnol arnyn nhw, i'ch torri chi i ffwrdd oddi wrth gymorth "
                "ac i reoli eich bywyd bob dydd. Gall pob peth ar ei ben ei hun ymddangos yn fach. Gyda'i "
                "gilydd, gallan nhw wneud i chi deimlo'n ofnus, yn ddryslyd ac yn gaeth.",
                "Yng Nghymru a Lloegr, mae ymddygiad rheolaethol neu orfodol mewn perthynas agos neu deuluol "
                "wedi bod yn drosedd ers 2015.",
            ),
            {
                "heading": "Arwyddion i gadw llygad amdanynt",
                "intro": "Ydy rhywun sy'n agos atoch chi'n:",
                "signs": [
                    "eich cadw chi oddi wrth ffrindiau a theulu, neu'n ei gwneud hi'n anodd i chi eu gweld?",
                    "gwirio eich ffôn, eich negeseuon neu ble rydych chi?",
                    "rheoli eich arian, neu'n gwneud i chi ofyn am bopeth sydd ei angen arnoch chi?",
                    "eich bychanu, eich cywilyddio neu'n galw enwau arnoch chi?",
                    "gwneud rheolau am beth rydych chi'n ei wisgo, yn ei fwyta neu'n ei wneud?",
                    "bygwth eich brifo chi, eich plant neu eich anifeiliaid anwes, neu rannu lluniau preifat "
                    "ohonoch chi?",
                    "gwneud i chi deimlo bod rhaid i chi droedio'n ofalus drwy'r amser?",
                ],
            },
            {
                "quote": "Wnaeth e erioed fy nharo i, felly doeddwn i ddim yn meddwl mai cam-drin oedd e. Ond "
                "roedd rhaid i mi roi cyfrif am bob punt a phob munud. Fe wnaeth siarad â rhywun fy helpu i i "
                "weld y peth yn glir.",
                "attribution": "Jo, 41",
                "anonymity_note": "Stori gyfansawdd yw hon: mae enwau a manylion wedi'u newid fel nad oes modd "
                "adnabod neb.",
            },
            {
                "heading": "Nid eich bai chi yw hyn",
                "text": p(
                    "Y person sy'n cam-drin sy'n dewis cam-drin, bob amser. Does dim rhaid i chi fod yn siŵr "
                    "mai cam-drin yw e cyn i chi siarad â rhywun. Mae cymorth ar gael am ddim, ac mae'n "
                    "gyfrinachol."
                ),
            },
            {"heading": "Ble i gael help", "intro": "Does dim rhaid i chi roi eich enw."},
            {
                "heading": "Cwestiynau y mae pobl yn eu gofyn",
                "items": [
                    {
                        "question": "Fyddan nhw'n gwneud i mi adael, neu'n ffonio'r heddlu?",
                        "answer": p(
                            "Na fyddan. Mae cynghorwyr yn gwrando ac yn eich helpu chi i feddwl am eich "
                            "dewisiadau. Chi sy'n penderfynu beth sy'n digwydd. Dim ond os yw plentyn neu rywun "
                            "arall mewn perygl difrifol y byddan nhw'n gweithredu heboch chi."
                        ),
                    },
                    {
                        "question": "Ydy hi'n bosibl i aelod o'r teulu reoli drwy orfodaeth?",
                        "answer": p(
                            "Ydy. Mae'r gyfraith yn cynnwys aelodau o'r teulu, yn ogystal â phartneriaid a "
                            "chyn-bartneriaid."
                        ),
                    },
                ],
            },
            _CY_EMERGENCY,
        ],
        "easy_read": [
            easy(
                "Mae'r dudalen hon yn sôn am reolaeth drwy orfodaeth.",
                "Mae'n golygu bod rhywun yn codi ofn arnoch chi er mwyn rheoli eich bywyd.",
            ),
            easy(
                "Efallai y bydd rhywun yn ceisio rheoli eich bywyd.",
                "Efallai y byddan nhw'n cymryd eich arian.",
                "Efallai y byddan nhw'n eich stopio chi rhag gweld ffrindiau.",
            ),
            easy("Dydy hyn ddim yn iawn.", "Mae'n erbyn y gyfraith."),
            easy(
                "Ydy rhywun yn eich dychryn, neu'n rheoli beth rydych chi'n ei wneud?",
                "Gallwch chi siarad â rhywun.",
                "Byddan nhw'n gwrando ac yn eich helpu i gadw'n ddiogel.",
            ),
            easy("Mewn perygl nawr? Ffoniwch 999.", "Os na allwch chi siarad, pwyswch 55."),
        ],
    },
    "love-shouldnt-hurt": {
        "title": "Ddylai cariad ddim brifo",
        "intro": "Dylai bod gyda rhywun deimlo'n braf. Os yw'n gwneud i chi deimlo'n ofnus, yn fach neu dan "
        "bwysau, nid cariad yw hynny, a gallwch chi siarad â rhywun am y peth.",
        "body": [
            p(
                "Mae dadleuon yn digwydd ym mhob perthynas. Mae cam-drin yn wahanol: dyma pan fydd rhywun yn "
                "ceisio eich rheoli chi, eich dychryn chi neu eich brifo chi, ar-lein neu wyneb yn wyneb. Gall "
                "ddigwydd i unrhyw un, mewn unrhyw fath o berthynas."
            ),
            {
                "heading": "Ydy fy mherthynas i'n iach?",
                "intro": "Atebwch ie, na neu weithiau i bob un. Mae eich atebion yn aros ar eich ffôn neu eich "
                "cyfrifiadur: does dim byd yn cael ei anfon na'i gadw.",
                "statements": [
                    {"text": "Maen nhw'n edrych ar fy ffôn neu fy negeseuon heb ofyn."},
                    {"text": "Maen nhw'n mynd yn genfigennus neu'n grac pan fydda i'n gweld fy ffrindiau."},
                    {"text": "Maen nhw'n fy mychanu i neu'n galw enwau arna i."},
                    {"text": "Maen nhw'n rhoi pwysau arna i i anfon lluniau neu i wneud pethau rhywiol."},
                    {"text": "Mae gen i ofn sut byddan nhw'n ymateb."},
                    {"text": "Maen nhw'n parchu hynny pan fydda i'n dweud na."},
                    {"text": "Galla i fod yn fi fy hun gyda nhw."},
                ],
                "healthy_message": "O'ch atebion, mae'n swnio fel bod eich perthynas yn iach. Os bydd unrhyw "
                "beth yn newid, neu os oes rhywbeth yn dal i deimlo'n anghywir, gallwch chi siarad â rhywun bob "
                "amser.",
                "some_concerns_message": "Mae rhai o'ch atebion yn peri pryder. Rydych chi'n haeddu teimlo'n "
                "ddiogel a chael eich parchu. Efallai y byddai'n help siarad am y peth â rhywun rydych chi'n "
                "ymddiried ynddo.",
                "worrying_message": "Mae'r hyn rydych chi'n ei ddisgrifio'n swnio fel cam-drin, ac nid eich bai "
                "chi yw hynny. Does dim rhaid i chi ddelio â hyn ar eich pen eich hun: gall y bobl isod helpu.",
            },
            {
                "heading": "Arwyddion eraill",
                "intro": "Mae'r rhain i gyd yn arwyddion rhybudd: pwysau arnoch chi i anfon lluniau noeth, "
                "rhywun yn tracio eich lleoliad, neu rywun yn dweud wrthych chi beth i'w wisgo.",
                "signs": [
                    "Rydych chi'n teimlo bod rhaid i chi ofyn caniatâd i fynd allan.",
                    "Maen nhw'n dweud y byddan nhw'n brifo eu hunain os byddwch chi'n gadael.",
                    "Maen nhw'n rhannu lluniau preifat ohonoch chi, neu'n bygwth gwneud hynny.",
                ],
            },
            {
                "heading": "Cydsyniad",
                "text": p(
                    "Gallwch chi ddweud na i unrhyw beth, ar unrhyw adeg, hyd yn oed os dywedoch chi ie o'r "
                    "blaen. Bydd rhywun sy'n malio amdanoch chi'n derbyn hynny."
                ),
            },
            {
                "heading": "Cwestiynau y mae pobl yn eu gofyn",
                "items": [
                    {
                        "question": "Fydd Childline yn dweud wrth fy rhieni?",
                        "answer": p(
                            "Mae Childline yn gyfrinachol. Dim ond os oedden nhw'n credu bod eich bywyd mewn "
                            "perygl y bydden nhw'n rhannu beth rydych chi'n ei ddweud, a bydden nhw fel arfer "
                            "yn siarad â chi yn gyntaf."
                        ),
                    },
                ],
            },
        ],
        "easy_read": [
            easy("Dylai cariad deimlo'n ddiogel.", "Ddylai e ddim eich brifo chi."),
            easy("Ddylai neb eich taro chi.", "Ddylai neb eich dychryn chi."),
            easy("Ddylai neb edrych ar eich ffôn drwy'r amser."),
            easy("Gallwch chi siarad â rhywun rydych chi'n ymddiried ynddo."),
            easy("Mae Childline am ddim.", "Ffoniwch 0800 1111."),
        ],
    },
}

# ----------------------------------------------------------------------
# Polish
# ----------------------------------------------------------------------
_PL_EMERGENCY = {
    "heading": "Jeśli jesteś teraz w niebezpieczeństwie",
    "routes": [
        {"label": "Policja – w nagłym wypadku"},
        {
            "label": "Silent Solution: zadzwoń pod 999, a potem naciśnij 55, jeśli nie możesz mówić",
            "note": "Z telefonu komórkowego: naciśnij 55, gdy operator o to poprosi, a połączy Cię z policją.",
        },
    ],
}

PL = {
    "is-it-coercive-control": {
        "title": "Czy to kontrola przymusowa?",
        "intro": "Przemoc nie zawsze jest fizyczna. Ciągłe kontrolowanie, groźby i zastraszanie mogą równie "
        "skutecznie odebrać Ci wolność – a to jest przestępstwo.",
        "body": [
            p(
                "Kontrola przymusowa to powtarzające się zachowania, którymi partner, były partner lub członek "
                "rodziny uzależnia Cię od siebie, odcina Cię od wsparcia i kontroluje Twoje codzienne życie. "
                "Każde z nich osobno może wydawać się drobne. Razem mogą wywoływać strach, zagubienie i "
                "poczucie, że nie ma wyjścia.",
                "W Anglii i Walii kontrolujące lub przymuszające zachowanie w bliskim związku lub w rodzinie "
                "jest przestępstwem od 2015 roku.",
            ),
            {
                "heading": "Sygnały, na które warto zwrócić uwagę",
                "intro": "Czy ktoś Ci bliski:",
                "signs": [
                    "odcina Cię od przyjaciół i rodziny albo utrudnia Ci spotkania z nimi?",
                    "sprawdza Twój telefon, wiadomości albo to, gdzie jesteś?",
                    "kontroluje Twoje pieniądze albo każe Ci prosić o to, czego potrzebujesz?",
                    "poniża Cię, upokarza albo wyzywa?",
                    "narzuca Ci zasady dotyczące tego, co nosisz, jesz albo robisz?",
                    "grozi, że skrzywdzi Ciebie, Twoje dzieci albo zwierzęta, albo że udostępni Twoje prywatne "
                    "zdjęcia?",
                    "sprawia, że ciągle musisz uważać na każde słowo i każdy krok?",
                ],
            },
            {
                "quote": "Nigdy mnie nie uderzył, więc nie myślałam, że to przemoc. Ale musiałam się tłumaczyć "
                "z każdego funta i każdej minuty. Rozmowa z kimś pomogła mi zobaczyć to jasno.",
                "attribution": "Jo, 41 lat",
                "anonymity_note": "To historia złożona z doświadczeń kilku osób: imiona i szczegóły zostały "
                "zmienione, aby nikogo nie można było rozpoznać.",
            },
            {
                "heading": "To nie Twoja wina",
                "text": p(
                    "Przemoc to zawsze wybór osoby, która ją stosuje. Nie musisz mieć pewności, że to przemoc, "
                    "żeby z kimś porozmawiać. Wsparcie jest bezpłatne i poufne."
                ),
            },
            {"heading": "Gdzie szukać pomocy", "intro": "Nie musisz się przedstawiać."},
            {
                "heading": "Pytania, które często zadają ludzie",
                "items": [
                    {
                        "question": "Czy każą mi odejść albo zadzwonią na policję?",
                        "answer": p(
                            "Nie. Doradcy wysłuchają Cię i pomogą Ci zastanowić się nad możliwościami. To Ty "
                            "decydujesz, co dalej. Podejmą działania bez Ciebie tylko wtedy, gdy dziecku lub "
                            "komuś innemu grozi poważne niebezpieczeństwo."
                        ),
                    },
                    {
                        "question": "Czy członek rodziny może stosować kontrolę przymusową?",
                        "answer": p("Tak. Prawo obejmuje członków rodziny, a także partnerów i byłych partnerów."),
                    },
                ],
            },
            _PL_EMERGENCY,
        ],
        "easy_read": [
            easy(
                "Ta strona mówi o kontroli przymusowej.",
                "To znaczy, że ktoś Cię straszy, żeby kontrolować Twoje życie.",
            ),
            easy(
                "Ktoś może chcieć kontrolować Twoje życie.",
                "Może zabierać Ci pieniądze.",
                "Może nie pozwalać Ci spotykać się z przyjaciółmi.",
            ),
            easy("To nie jest w porządku.", "To jest niezgodne z prawem."),
            easy(
                "Czy ktoś Cię straszy albo kontroluje to, co robisz?",
                "Możesz z kimś porozmawiać.",
                "Ta osoba Cię wysłucha i pomoże Ci zadbać o bezpieczeństwo.",
            ),
            easy("Grozi Ci niebezpieczeństwo? Zadzwoń pod 999.", "Jeśli nie możesz mówić, naciśnij 55."),
        ],
    },
    "love-shouldnt-hurt": {
        "title": "Miłość nie powinna boleć",
        "intro": "Bycie z kimś powinno dawać radość. Jeśli przez ten związek się boisz, tracisz pewność siebie "
        "albo czujesz presję, to nie jest miłość – i możesz z kimś o tym porozmawiać.",
        "body": [
            p(
                "Kłótnie zdarzają się w każdym związku. Przemoc to coś innego: to sytuacja, w której ktoś "
                "próbuje Cię kontrolować, straszyć albo krzywdzić – w internecie lub osobiście. Może się to "
                "zdarzyć każdemu, w każdym rodzaju związku."
            ),
            {
                "heading": "Czy mój związek jest zdrowy?",
                "intro": "Przy każdym zdaniu odpowiedz: tak, nie lub czasami. Twoje odpowiedzi zostają na Twoim "
                "telefonie lub komputerze: nic nie jest wysyłane ani zapisywane.",
                "statements": [
                    {"text": "Sprawdza mój telefon albo wiadomości bez pytania."},
                    {"text": "Robi sceny zazdrości albo się złości, gdy spotykam się z przyjaciółmi."},
                    {"text": "Poniża mnie albo wyzywa."},
                    {"text": "Naciska, żebym wysyłał(a) zdjęcia albo robił(a) rzeczy związane z seksem."},
                    {"text": "Boję się, jak zareaguje."},
                    {"text": "Szanuje to, kiedy mówię „nie”."},
                    {"text": "Przy tej osobie mogę być sobą."},
                ],
                "healthy_message": "Z Twoich odpowiedzi wynika, że Twój związek jest zdrowy. Jeśli coś się "
                "zmieni albo coś nadal wyda Ci się nie tak, zawsze możesz z kimś porozmawiać.",
                "some_concerns_message": "Niektóre Twoje odpowiedzi budzą niepokój. Zasługujesz na "
                "bezpieczeństwo i szacunek. Może pomóc rozmowa z kimś, komu ufasz.",
                "worrying_message": "To, co opisujesz, wygląda na przemoc – i to nie Twoja wina. Nie musisz "
                "radzić sobie z tym w pojedynkę: osoby wymienione poniżej mogą pomóc.",
            },
            {
                "heading": "Inne sygnały",
                "intro": "Naciski, żeby wysłać nagie zdjęcia, śledzenie Twojej lokalizacji albo mówienie Ci, co "
                "masz nosić – to wszystko sygnały ostrzegawcze.",
                "signs": [
                    "Czujesz, że musisz pytać o pozwolenie, żeby gdzieś wyjść.",
                    "Ta osoba mówi, że zrobi sobie krzywdę, jeśli odejdziesz.",
                    "Udostępnia Twoje prywatne zdjęcia albo grozi, że to zrobi.",
                ],
            },
            {
                "heading": "Zgoda",
                "text": p(
                    "Możesz powiedzieć „nie” na wszystko i w każdej chwili – nawet po wcześniejszym „tak”. "
                    "Osoba, której na Tobie zależy, to zaakceptuje."
                ),
            },
            {
                "heading": "Pytania, które często zadają ludzie",
                "items": [
                    {
                        "question": "Czy Childline powie o tym moim rodzicom?",
                        "answer": p(
                            "Rozmowy z Childline są poufne. Konsultanci przekazaliby dalej to, co mówisz, tylko "
                            "gdyby uznali, że Twoje życie jest w niebezpieczeństwie – i zwykle najpierw "
                            "porozmawialiby z Tobą."
                        ),
                    },
                ],
            },
        ],
        "easy_read": [
            easy("Miłość powinna dawać poczucie bezpieczeństwa.", "Nie powinna Cię krzywdzić."),
            easy("Nikt nie powinien Cię bić.", "Nikt nie powinien Cię straszyć."),
            easy("Nikt nie powinien ciągle sprawdzać Twojego telefonu."),
            easy("Możesz porozmawiać z kimś, komu ufasz."),
            easy("Rozmowa z Childline jest bezpłatna.", "Zadzwoń pod numer 0800 1111."),
        ],
    },
}

# ----------------------------------------------------------------------
# Urdu
# ----------------------------------------------------------------------
_UR_EMERGENCY = {
    "heading": "اگر آپ اس وقت خطرے میں ہیں",
    "routes": [
        {"label": "پولیس، ایمرجنسی میں"},
        {
            "label": "Silent Solution: 999 پر کال کریں، پھر اگر بولنا ممکن نہ ہو تو 55 دبائیں",
            "note": "موبائل فون پر، جب آپریٹر کہے تو 55 دبائیں، اور آپ کی کال پولیس سے ملا دی جائے گی۔",
        },
    ],
}

UR = {
    "is-it-coercive-control": {
        "title": "کیا یہ جبری کنٹرول ہے؟",
        "intro": "بدسلوکی ہمیشہ جسمانی نہیں ہوتی۔ کنٹرول، دھمکیوں اور خوف کا مسلسل سلسلہ بھی اسی طرح آپ کی "
        "آزادی چھین سکتا ہے، اور یہ جرم ہے۔",
        "body": [
            p(
                "جبری کنٹرول رویّے کا ایک ایسا سلسلہ ہے جسے کوئی پارٹنر، سابق پارٹنر یا خاندان کا کوئی فرد اس "
                "لیے اپناتا ہے کہ آپ اس پر منحصر ہو جائیں، مدد سے کٹ جائیں اور آپ کی روزمرہ زندگی اس کے قابو "
                "میں رہے۔ ہر بات الگ سے دیکھیں تو معمولی لگ سکتی ہے۔ لیکن سب باتیں مل کر آپ کو خوف زدہ، "
                "الجھن کا شکار اور بے بس محسوس کروا سکتی ہیں۔",
                "انگلینڈ اور ویلز میں، کسی قریبی یا خاندانی رشتے میں کنٹرول کرنے والا یا جبری رویّہ 2015 سے "
                "قابلِ سزا جرم ہے۔",
            ),
            {
                "heading": "وہ علامات جن پر دھیان دیں",
                "intro": "کیا آپ کا کوئی قریبی شخص:",
                "signs": [
                    "آپ کو دوستوں اور خاندان سے الگ کرتا ہے، یا ان سے ملنا مشکل بنا دیتا ہے؟",
                    "آپ کا فون، آپ کے پیغامات یا یہ کہ آپ کہاں ہیں، چیک کرتا ہے؟",
                    "آپ کے پیسوں پر قابو رکھتا ہے، یا آپ کو ضرورت کی ہر چیز اس سے مانگنی پڑتی ہے؟",
                    "آپ کو نیچا دکھاتا ہے، ذلیل کرتا ہے یا برے ناموں سے پکارتا ہے؟",
                    "آپ کے لباس، کھانے یا کاموں کے بارے میں اصول بناتا ہے؟",
                    "آپ کو، آپ کے بچوں یا پالتو جانوروں کو نقصان پہنچانے کی، یا آپ کی نجی تصویریں دوسروں کو "
                    "بھیجنے کی دھمکی دیتا ہے؟",
                    "آپ کو ایسا محسوس کرواتا ہے کہ آپ کو ہر وقت پھونک پھونک کر قدم رکھنا پڑتا ہے؟",
                ],
            },
            {
                "quote": "اس نے مجھے کبھی مارا نہیں، اس لیے میں نہیں سمجھتی تھی کہ یہ بدسلوکی ہے۔ لیکن مجھے ہر "
                "پاؤنڈ اور ہر منٹ کا حساب دینا پڑتا تھا۔ کسی سے بات کرنے سے مجھے یہ سب صاف صاف سمجھ آیا۔",
                "attribution": "جو، 41 سال",
                "anonymity_note": "یہ کئی لوگوں کے تجربات پر مبنی کہانی ہے: نام اور تفصیلات بدل دی گئی ہیں تاکہ "
                "کسی کی شناخت نہ ہو سکے۔",
            },
            {
                "heading": "یہ آپ کا قصور نہیں ہے",
                "text": p(
                    "بدسلوکی ہمیشہ اسی شخص کا انتخاب ہوتی ہے جو یہ کرتا ہے۔ کسی سے بات کرنے سے پہلے یہ یقین "
                    "ہونا ضروری نہیں کہ یہ بدسلوکی ہے۔ مدد مفت اور رازدارانہ ہے۔"
                ),
            },
            {"heading": "مدد کہاں سے حاصل کریں", "intro": "آپ کو اپنا نام بتانے کی ضرورت نہیں۔"},
            {
                "heading": "سوالات جو لوگ پوچھتے ہیں",
                "items": [
                    {
                        "question": "کیا وہ مجھے رشتہ ختم کرنے پر مجبور کریں گے یا پولیس کو بلا لیں گے؟",
                        "answer": p(
                            "نہیں۔ مشیر آپ کی بات سنتے ہیں اور آپ کے سامنے موجود راستوں پر سوچنے میں آپ کی مدد "
                            "کرتے ہیں۔ فیصلہ آپ کا ہوتا ہے۔ وہ آپ کے بغیر صرف اسی صورت میں کوئی قدم اٹھائیں گے "
                            "جب کسی بچے یا کسی اور کو سنگین خطرہ ہو۔"
                        ),
                    },
                    {
                        "question": "کیا خاندان کا کوئی فرد بھی جبری کنٹرول کر سکتا ہے؟",
                        "answer": p(
                            "جی ہاں۔ قانون پارٹنرز اور سابق پارٹنرز کے ساتھ ساتھ خاندان کے افراد پر بھی لاگو ہوتا ہے۔"
                        ),
                    },
                ],
            },
            _UR_EMERGENCY,
        ],
        "easy_read": [
            easy("یہ صفحہ جبری کنٹرول کے بارے میں ہے۔", "اس کا مطلب ہے کہ کوئی آپ کو ڈرا کر آپ کی زندگی چلاتا ہے۔"),
            easy(
                "کوئی آپ کی زندگی کو قابو میں رکھنے کی کوشش کر سکتا ہے۔",
                "وہ آپ کے پیسے لے سکتا ہے۔",
                "وہ آپ کو دوستوں سے ملنے سے روک سکتا ہے۔",
            ),
            easy("یہ ٹھیک نہیں ہے۔", "یہ قانون کے خلاف ہے۔"),
            easy(
                "کیا کوئی آپ کو ڈراتا ہے یا آپ کے کاموں پر قابو رکھتا ہے؟",
                "آپ کسی سے بات کر سکتے ہیں۔",
                "وہ آپ کی بات سنیں گے اور محفوظ رہنے میں آپ کی مدد کریں گے۔",
            ),
            easy("کیا آپ اس وقت خطرے میں ہیں؟ 999 پر کال کریں۔", "اگر آپ بول نہیں سکتے تو 55 دبائیں۔"),
        ],
    },
    "love-shouldnt-hurt": {
        "title": "محبت میں تکلیف نہیں ہونی چاہیے",
        "intro": "کسی کے ساتھ رہنا اچھا لگنا چاہیے۔ اگر اس رشتے میں آپ کو ڈر لگتا ہے، آپ خود کو کمتر محسوس "
        "کرتے ہیں یا آپ پر دباؤ ڈالا جاتا ہے، تو یہ محبت نہیں، اور آپ اس بارے میں کسی سے بات کر سکتے ہیں۔",
        "body": [
            p(
                "ہر رشتے میں بحث اور جھگڑے ہوتے ہیں۔ بدسلوکی اس سے مختلف ہے: یہ تب ہوتی ہے جب کوئی آپ کو "
                "قابو میں رکھنے، ڈرانے یا تکلیف پہنچانے کی کوشش کرے، چاہے آن لائن ہو یا آمنے سامنے۔ یہ کسی "
                "کے ساتھ بھی، کسی بھی قسم کے رشتے میں ہو سکتی ہے۔"
            ),
            {
                "heading": "کیا میرا رشتہ صحت مند ہے؟",
                "intro": "ہر بات کا جواب ہاں، نہیں یا کبھی کبھی میں دیں۔ آپ کے جوابات آپ کے فون یا کمپیوٹر پر "
                "ہی رہتے ہیں: کچھ بھی بھیجا یا محفوظ نہیں کیا جاتا۔",
                "statements": [
                    {"text": "وہ پوچھے بغیر میرا فون یا میرے پیغامات چیک کرتے ہیں۔"},
                    {"text": "جب میں اپنے دوستوں سے ملوں تو وہ حسد کرتے ہیں یا غصے میں آ جاتے ہیں۔"},
                    {"text": "وہ مجھے نیچا دکھاتے ہیں یا برے ناموں سے پکارتے ہیں۔"},
                    {"text": "وہ مجھ پر تصویریں بھیجنے یا جنسی کام کرنے کے لیے دباؤ ڈالتے ہیں۔"},
                    {"text": "مجھے ڈر لگتا ہے کہ وہ کیسا ردِعمل دکھائیں گے۔"},
                    {"text": "جب میں انکار کروں تو وہ اس کا احترام کرتے ہیں۔"},
                    {"text": "ان کے ساتھ مجھے خود کو بدلنا نہیں پڑتا۔"},
                ],
                "healthy_message": "آپ کے جوابات کے مطابق آپ کا رشتہ صحت مند لگتا ہے۔ اگر کچھ بدل جائے، یا "
                "کوئی بات اب بھی ٹھیک نہ لگے، تو آپ کسی بھی وقت کسی سے بات کر سکتے ہیں۔",
                "some_concerns_message": "آپ کے کچھ جوابات تشویش کا باعث ہیں۔ آپ کا حق ہے کہ آپ خود کو محفوظ "
                "محسوس کریں اور آپ کی عزت کی جائے۔ کسی ایسے شخص سے بات کرنا مددگار ہو سکتا ہے جس پر آپ بھروسا "
                "کرتے ہیں۔",
                "worrying_message": "آپ جو بتا رہے ہیں وہ بدسلوکی لگتی ہے، اور اس میں آپ کا کوئی قصور نہیں۔ آپ کو "
                "اکیلے اس کا سامنا کرنے کی ضرورت نہیں: نیچے دیے گئے لوگ مدد کر سکتے ہیں۔",
            },
            {
                "heading": "دوسری علامات",
                "intro": "برہنہ تصویریں بھیجنے کے لیے دباؤ ڈالا جانا، آپ کی لوکیشن ٹریک کی جانا یا آپ کو یہ "
                "بتایا جانا کہ کیا پہنیں، یہ سب خطرے کی علامات ہیں۔",
                "signs": [
                    "آپ کو لگتا ہے کہ باہر جانے کے لیے آپ کو اجازت لینی پڑتی ہے۔",
                    "وہ کہتے ہیں کہ اگر آپ نے انہیں چھوڑا تو وہ خود کو نقصان پہنچا لیں گے۔",
                    "وہ آپ کی نجی تصویریں دوسروں کو بھیجتے ہیں، یا بھیجنے کی دھمکی دیتے ہیں۔",
                ],
            },
            {
                "heading": "رضامندی",
                "text": p(
                    "آپ کسی بھی بات سے، کسی بھی وقت انکار کر سکتے ہیں، چاہے آپ نے پہلے ہاں کہی ہو۔ جو شخص آپ "
                    "کی پروا کرتا ہے وہ اسے مان لے گا۔"
                ),
            },
            {
                "heading": "سوالات جو لوگ پوچھتے ہیں",
                "items": [
                    {
                        "question": "کیا Childline والے میرے والدین کو بتا دیں گے؟",
                        "answer": p(
                            "Childline پر ہونے والی بات چیت رازدارانہ ہوتی ہے۔ وہ آپ کی بتائی ہوئی بات صرف تب "
                            "آگے بتائیں گے جب انہیں لگے کہ آپ کی جان خطرے میں ہے، اور عام طور پر وہ پہلے آپ سے "
                            "بات کریں گے۔"
                        ),
                    },
                ],
            },
        ],
        "easy_read": [
            easy("محبت میں آپ کو محفوظ محسوس ہونا چاہیے۔", "اس سے آپ کو تکلیف نہیں پہنچنی چاہیے۔"),
            easy("کسی کو آپ کو مارنا نہیں چاہیے۔", "کسی کو آپ کو ڈرانا نہیں چاہیے۔"),
            easy("کسی کو ہر وقت آپ کا فون چیک نہیں کرنا چاہیے۔"),
            easy("آپ کسی ایسے شخص سے بات کر سکتے ہیں جس پر آپ کو بھروسا ہو۔"),
            easy("Childline مفت ہے۔", "0800 1111 پر کال کریں۔"),
        ],
    },
}

# ----------------------------------------------------------------------
# Arabic
# ----------------------------------------------------------------------
_AR_EMERGENCY = {
    "heading": "إذا كنت في خطر الآن",
    "routes": [
        {"label": "الشرطة، في حالات الطوارئ"},
        {
            "label": "Silent Solution: اتصل بالرقم 999، ثم اضغط 55 إذا تعذّر عليك الكلام",
            "note": "من الهاتف المحمول، اضغط 55 عندما يطلب منك موظف الطوارئ ذلك، وسيتم تحويلك إلى الشرطة.",
        },
    ],
}

AR = {
    "is-it-coercive-control": {
        "title": "هل هذه سيطرة قسرية؟",
        "intro": "الإساءة ليست جسدية دائمًا. فالنمط المتكرر من السيطرة والتهديد والتخويف قد يسلبك حريتك بالقدر "
        "نفسه، وهو جريمة يعاقب عليها القانون.",
        "body": [
            p(
                "السيطرة القسرية نمط من السلوك يستخدمه الشريك أو الشريك السابق أو أحد أفراد الأسرة ليجعلك "
                "تعتمد عليه، ويعزلك عن مصادر الدعم، ويتحكم في حياتك اليومية. قد يبدو كل تصرف منها بسيطًا "
                "وحده، لكنها مجتمعةً قد تملؤك بالخوف والحيرة وبالشعور بأنه لا مخرج لك.",
                "في إنجلترا وويلز، يُعدّ السلوك المسيطر أو القسري في العلاقات الحميمة أو الأسرية جريمة جنائية "
                "منذ عام 2015.",
            ),
            {
                "heading": "علامات يجب الانتباه إليها",
                "intro": "هل يقوم شخص قريب منك بما يلي:",
                "signs": [
                    "عزلك عن أصدقائك وعائلتك، أو تصعيب رؤيتهم عليك؟",
                    "تفقّد هاتفك أو رسائلك أو مكان وجودك؟",
                    "التحكم في أموالك، أو إجبارك على أن تطلب منه ما تحتاج إليه؟",
                    "التقليل من شأنك أو إذلالك أو شتمك بألفاظ مهينة؟",
                    "فرض قواعد على ما ترتديه أو تأكله أو تفعله؟",
                    "التهديد بإيذائك أو إيذاء أطفالك أو حيواناتك الأليفة، أو بنشر صور خاصة بك؟",
                    "جعلك تشعر بأن عليك أن تحسب حساب كل كلمة وكل خطوة؟",
                ],
            },
            {
                "quote": "لم يضربني قط، لذلك لم أظن أن ما أعيشه إساءة. لكن كان عليّ أن أبرّر كل جنيه أنفقه وكل "
                "دقيقة أقضيها. ساعدني الحديث مع شخص ما على رؤية الأمر بوضوح.",
                "attribution": "جو، 41 عامًا",
                "anonymity_note": "هذه قصة مركّبة من تجارب عدة أشخاص: غُيّرت الأسماء والتفاصيل حتى لا يمكن "
                "التعرف على أحد.",
            },
            {
                "heading": "ليس الذنب ذنبك",
                "text": p(
                    "الإساءة دائمًا اختيار الشخص الذي يرتكبها. ولا يلزم أن تكون متأكدًا من أنها إساءة قبل أن "
                    "تتحدث مع أحد. الدعم مجاني وسري."
                ),
            },
            {"heading": "أين تحصل على المساعدة", "intro": "لا يلزمك أن تذكر اسمك."},
            {
                "heading": "أسئلة يطرحها الناس",
                "items": [
                    {
                        "question": "هل سيجبرونني على ترك العلاقة أو يتصلون بالشرطة؟",
                        "answer": p(
                            "لا. يستمع إليك المستشارون ويساعدونك على التفكير في الخيارات المتاحة لك. وأنت من "
                            "يقرر ما سيحدث. ولن يتصرفوا من دونك إلا إذا كان طفل أو شخص آخر في خطر جسيم."
                        ),
                    },
                    {
                        "question": "هل يمكن أن يمارس أحد أفراد الأسرة السيطرة القسرية؟",
                        "answer": p("نعم. يشمل القانون أفراد الأسرة، وكذلك الشركاء والشركاء السابقين."),
                    },
                ],
            },
            _AR_EMERGENCY,
        ],
        "easy_read": [
            easy("هذه الصفحة عن السيطرة القسرية.", "يعني هذا أن شخصًا يخيفك ليتحكم في حياتك."),
            easy(
                "قد يحاول شخص أن يتحكم في حياتك.",
                "قد يأخذ مالك.",
                "قد يمنعك من رؤية أصدقائك.",
            ),
            easy("هذا ليس مقبولًا.", "وهو مخالف للقانون."),
            easy(
                "هل يخيفك أحد أو يتحكم فيما تفعله؟",
                "يمكنك أن تتحدث مع شخص ما.",
                "سيستمع إليك ويساعدك على البقاء بأمان.",
            ),
            easy("هل أنت في خطر الآن؟ اتصل بالرقم 999.", "إذا لم تستطع الكلام، اضغط 55."),
        ],
    },
    "love-shouldnt-hurt": {
        "title": "الحب لا ينبغي أن يؤذي",
        "intro": "ينبغي أن تشعر بالراحة مع من ترتبط به. إذا كانت العلاقة تُشعرك بالخوف أو تقلل من قيمتك أو "
        "تضعك تحت الضغط، فهذا ليس حبًا، ويمكنك أن تتحدث مع أحد عن ذلك.",
        "body": [
            p(
                "الخلافات تحدث في كل علاقة. أما الإساءة فشيء مختلف: هي أن يحاول أحد التحكم فيك أو تخويفك أو "
                "إيذاءك، على الإنترنت أو وجهًا لوجه. ويمكن أن تحدث لأي شخص، في أي نوع من العلاقات."
            ),
            {
                "heading": "هل علاقتي صحية؟",
                "intro": "أجب عن كل عبارة بنعم أو لا أو أحيانًا. تبقى إجاباتك على هاتفك أو حاسوبك: لا يُرسَل "
                "أي شيء ولا يُحفَظ.",
                "statements": [
                    {"text": "يتفقّد هاتفي أو رسائلي من دون أن يستأذن."},
                    {"text": "يغار أو يغضب عندما أرى أصدقائي."},
                    {"text": "يقلّل من شأني أو يشتمني."},
                    {"text": "يضغط عليّ لأرسل صورًا أو لأقوم بأشياء جنسية."},
                    {"text": "أخاف من ردّة فعله."},
                    {"text": "يحترم قراري عندما أقول «لا»."},
                    {"text": "أستطيع أن أكون على طبيعتي معه."},
                ],
                "healthy_message": "بناءً على إجاباتك، تبدو علاقتك صحية. إذا تغيّر شيء، أو ظلّ شيء ما يبدو غير "
                "صحيح، يمكنك دائمًا أن تتحدث مع أحد.",
                "some_concerns_message": "بعض إجاباتك تدعو إلى القلق. من حقك أن تشعر بالأمان والاحترام. قد "
                "يفيدك أن تتحدث عن الأمر مع شخص تثق به.",
                "worrying_message": "ما تصفه يبدو إساءة، وليس الذنب ذنبك. لا داعي لأن تواجه ذلك وحدك: يمكن "
                "للأشخاص المذكورين أدناه مساعدتك.",
            },
            {
                "heading": "علامات أخرى",
                "intro": "الضغط عليك لإرسال صور عارية، أو تتبّع موقعك، أو إملاء ما ترتديه عليك، كلها علامات تحذيرية.",
                "signs": [
                    "تشعر بأن عليك أن تستأذن قبل أن تخرج.",
                    "يقول إنه سيؤذي نفسه إذا تركته.",
                    "ينشر صورًا خاصة بك، أو يهدد بنشرها.",
                ],
            },
            {
                "heading": "الموافقة",
                "text": p("يمكنك أن تقول «لا» لأي شيء، في أي وقت، حتى لو قلت «نعم» من قبل. ومن يهتم بك سيقبل ذلك."),
            },
            {
                "heading": "أسئلة يطرحها الناس",
                "items": [
                    {
                        "question": "هل ستخبر Childline والديّ؟",
                        "answer": p(
                            "Childline خدمة سرية. لن يشاركوا ما تقوله إلا إذا اعتقدوا أن حياتك في خطر، وعادةً "
                            "ما يتحدثون معك أولًا."
                        ),
                    },
                ],
            },
        ],
        "easy_read": [
            easy("ينبغي أن تشعر بالأمان في الحب.", "لا ينبغي أن يؤذيك الحب."),
            easy("لا يحق لأحد أن يضربك.", "لا يحق لأحد أن يخيفك."),
            easy("لا يحق لأحد أن يتفقد هاتفك طوال الوقت."),
            easy("يمكنك أن تتحدث مع شخص تثق به."),
            easy("الاتصال بـ Childline مجاني.", "اتصل بالرقم 0800 1111."),
        ],
    },
}

CAMPAIGNS = {"cy": CY, "pl": PL, "ur": UR, "ar": AR}

# Topic and audience names by slug (campaigns/taxonomy.py), shown on every
# campaign page and in the index's filters.
TOPICS = {
    "cy": {
        "coercive-control": "Rheolaeth drwy orfodaeth",
        "physical-abuse": "Cam-drin corfforol",
        "emotional-abuse": "Cam-drin emosiynol",
        "economic-abuse": "Cam-drin economaidd",
        "sexual-violence-and-consent": "Trais rhywiol a chydsyniad",
        "stalking": "Stelcian",
        "honour-based-abuse": "Cam-drin ar sail anrhydedd",
        "forced-marriage": "Priodas dan orfod",
        "fgm": "Anffurfio organau cenhedlu benywod (FGM)",
        "tech-abuse": "Cam-drin drwy dechnoleg",
        "teenage-relationship-abuse": "Cam-drin mewn perthnasoedd pobl ifanc yn eu harddegau",
        "abuse-of-older-people": "Cam-drin pobl hŷn",
        "abuse-of-disabled-people": "Cam-drin pobl anabl",
        "men-experiencing-abuse": "Dynion sy'n profi cam-drin",
        "lgbt-people": "Pobl LHDTC+",
        "worried-about-own-behaviour": "Pobl sy'n poeni am eu hymddygiad eu hunain",
    },
    "pl": {
        "coercive-control": "Kontrola przymusowa",
        "physical-abuse": "Przemoc fizyczna",
        "emotional-abuse": "Przemoc psychiczna",
        "economic-abuse": "Przemoc ekonomiczna",
        "sexual-violence-and-consent": "Przemoc seksualna i zgoda",
        "stalking": "Uporczywe nękanie (stalking)",
        "honour-based-abuse": "Przemoc w imię honoru",
        "forced-marriage": "Przymusowe małżeństwo",
        "fgm": "Okaleczanie żeńskich narządów płciowych (FGM)",
        "tech-abuse": "Przemoc z użyciem technologii",
        "teenage-relationship-abuse": "Przemoc w związkach nastolatków",
        "abuse-of-older-people": "Przemoc wobec osób starszych",
        "abuse-of-disabled-people": "Przemoc wobec osób z niepełnosprawnościami",
        "men-experiencing-abuse": "Mężczyźni doświadczający przemocy",
        "lgbt-people": "Osoby LGBT+",
        "worried-about-own-behaviour": "Osoby zaniepokojone własnym zachowaniem",
    },
    "ur": {
        "coercive-control": "جبری کنٹرول",
        "physical-abuse": "جسمانی بدسلوکی",
        "emotional-abuse": "جذباتی بدسلوکی",
        "economic-abuse": "معاشی بدسلوکی",
        "sexual-violence-and-consent": "جنسی تشدد اور رضامندی",
        "stalking": "پیچھا کرنا اور ہراساں کرنا",
        "honour-based-abuse": "غیرت کے نام پر بدسلوکی",
        "forced-marriage": "جبری شادی",
        "fgm": "خواتین کا ختنہ (FGM)",
        "tech-abuse": "ٹیکنالوجی کے ذریعے بدسلوکی",
        "teenage-relationship-abuse": "نوعمروں کے رشتوں میں بدسلوکی",
        "abuse-of-older-people": "بزرگوں کے ساتھ بدسلوکی",
        "abuse-of-disabled-people": "معذور افراد کے ساتھ بدسلوکی",
        "men-experiencing-abuse": "بدسلوکی کا شکار مرد",
        "lgbt-people": "LGBT+ افراد",
        "worried-about-own-behaviour": "اپنے رویّے کے بارے میں فکر مند لوگ",
    },
    "ar": {
        "coercive-control": "السيطرة القسرية",
        "physical-abuse": "الإساءة الجسدية",
        "emotional-abuse": "الإساءة العاطفية",
        "economic-abuse": "الإساءة الاقتصادية",
        "sexual-violence-and-consent": "العنف الجنسي والموافقة",
        "stalking": "الملاحقة والتعقّب",
        "honour-based-abuse": "الإساءة باسم «الشرف»",
        "forced-marriage": "الزواج القسري",
        "fgm": "تشويه الأعضاء التناسلية للإناث (FGM)",
        "tech-abuse": "الإساءة عبر التكنولوجيا",
        "teenage-relationship-abuse": "الإساءة في علاقات المراهقين",
        "abuse-of-older-people": "إساءة معاملة كبار السن",
        "abuse-of-disabled-people": "إساءة معاملة الأشخاص ذوي الإعاقة",
        "men-experiencing-abuse": "الرجال الذين يتعرضون للإساءة",
        "lgbt-people": "أفراد مجتمع الميم (LGBT+)",
        "worried-about-own-behaviour": "أشخاص قلقون من سلوكهم",
    },
}

AUDIENCES = {
    "cy": {
        "young-people": "Pobl ifanc",
        "adults": "Oedolion",
        "parents-and-carers": "Rhieni a gofalwyr",
        "professionals": "Gweithwyr proffesiynol",
    },
    "pl": {
        "young-people": "Młodzież",
        "adults": "Dorośli",
        "parents-and-carers": "Rodzice i opiekunowie",
        "professionals": "Specjaliści",
    },
    "ur": {
        "young-people": "نوجوان",
        "adults": "بالغ افراد",
        "parents-and-carers": "والدین اور دیکھ بھال کرنے والے",
        "professionals": "پیشہ ور افراد",
    },
    "ar": {
        "young-people": "الشباب",
        "adults": "البالغون",
        "parents-and-carers": "الآباء والأمهات ومقدمو الرعاية",
        "professionals": "المهنيون",
    },
}

# The exit label and safety notice repeat the interface catalogues' words
# for "Exit this page" and the standard notice, so nothing changes for
# visitors; editors see each language's wording in the settings form.
SITE_SETTINGS = {
    "cy": {
        "footer_text": "Mae Waymark yn cael ei redeg gan Bartneriaeth Diogelwch Cymunedol Example. Cynnwys "
        "enghreifftiol yn unig.",
        "exit_label": "Gadael y dudalen hon",
        "safety_notice": "Ydych chi'n poeni y gallai rhywun weld eich bod chi wedi bod ar y wefan hon?",
    },
    "pl": {
        "footer_text": "Stronę Waymark prowadzi Example Community Safety Partnership. Treści wyłącznie demonstracyjne.",
        "exit_label": "Wyjdź z tej strony",
        "safety_notice": "Martwisz się, że ktoś może zobaczyć, że odwiedzasz tę stronę?",
    },
    "ur": {
        "footer_text": "Waymark کو Example Community Safety Partnership چلاتی ہے۔ یہ صرف نمونے کا مواد ہے۔",
        "exit_label": "اس صفحے سے نکلیں",
        "safety_notice": "کیا آپ کو فکر ہے کہ کسی کو پتا چل سکتا ہے کہ آپ نے یہ ویب سائٹ دیکھی ہے؟",
    },
    "ar": {
        "footer_text": "تدير Example Community Safety Partnership موقع Waymark. هذا المحتوى للعرض التجريبي فقط.",
        "exit_label": "الخروج من هذه الصفحة",
        "safety_notice": "هل يقلقك أن يعرف أحد أنك زرت هذا الموقع؟",
    },
}
