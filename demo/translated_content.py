"""Welsh, Polish, Urdu and Arabic versions of the demo page text.

These are the project's own translations of the English demo content in
site/demo.py (the home page and its "Get help now" block) and
site/demo_safety_page.py (the "Staying safe online" page). They follow the
English structure and order exactly, so the same code can build each
language's page. Like the English, they are only starting text: editors can
change every word in the admin.

Rules kept throughout:

- Phone numbers (999, 55, 0800, 0808) are unchanged.
- "Exit this page" uses the same words as the interface translation in
  translations/locale/<lang>/LC_MESSAGES/django.po.
- Keyboard shortcuts are unchanged. Browser menu items are given as the
  browser labels them in that language where we are sure of the label
  (Chrome, Firefox and Edge in Polish; Chrome and Firefox in Arabic, followed
  by the English label); otherwise the English label is kept, as most phones
  and computers used in the UK show it.
- "Silent Solution" is the name of the police scheme and is not translated.
"""

from .languages import MORE_LANGUAGES

PAGES = {
    # ------------------------------------------------------------------
    # Welsh
    # ------------------------------------------------------------------
    "cy": {
        "home": {
            "title": "Dod o hyd i gymorth, yn ddiogel",
            "intro": (
                "Gwybodaeth a chymorth i unrhyw un sy'n cael ei effeithio gan gam-drin domestig, trais rhywiol, "
                "priodas dan orfod neu gam-drin ar sail anrhydedd. Mae help cyfrinachol am ddim ar gael."
            ),
            "get_help": {
                "heading": "Cael help nawr",
                "intro": "Os ydych chi mewn perygl nawr, ffoniwch 999 a gofynnwch am yr heddlu.",
                "routes": [
                    {
                        "label": "Yr heddlu, mewn argyfwng",
                        "number": "999",
                        "note": "Ffoniwch os ydych chi neu rywun arall mewn perygl ar hyn o bryd.",
                    },
                    {
                        "label": "Silent Solution: ffoniwch 999, yna pwyswch 55 os na allwch chi siarad",
                        "number": "999",
                        "note": (
                            "Ar ffôn symudol, os na allwch chi siarad, gwrandewch ar y gweithredwr a phwyswch 55 "
                            "pan fydd yn gofyn i chi. Byddwch chi'n cael eich trosglwyddo i'r heddlu. Ar linell dir, "
                            "arhoswch ar y lein: os mai dim ond sŵn cefndir y mae'r gweithredwr yn ei glywed, bydd yn "
                            "eich cysylltu â'r heddlu."
                        ),
                    },
                ],
            },
        },
        "safety": {
            "title": "Cadw'n ddiogel ar-lein",
            "intro": (
                "Os yw rhywun yn gwirio eich ffôn, eich cyfrifiadur neu eich biliau, gall y camau hyn eich helpu i "
                "chwilio am gymorth yn fwy diogel. Does dim un cam yn berffaith, felly defnyddiwch y rhai sy'n "
                "addas i'ch sefyllfa chi."
            ),
            "search_description": (
                "Sut i chwilio am help yn fwy diogel ar ffôn neu gyfrifiadur y gallai rhywun arall ei wirio."
            ),
            "sections": [
                (
                    "Defnyddiwch ffenestr pori preifat",
                    "<p>Nid yw ffenestr breifat yn cadw'r tudalennau rydych chi'n ymweld â nhw yn eich hanes ar ôl i "
                    "chi ei chau. Agorwch un cyn i chi chwilio am help:</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: tapiwch neu cliciwch y tri dot, yna <i>New Incognito window</i> "
                    "(Ctrl+Shift+N ar gyfrifiadur).</li>"
                    "<li><b>Safari ar iPhone</b>: tapiwch y botwm tabiau, yna <i>Private</i>. "
                    "<b>Safari ar Mac</b>: <i>File</i>, yna <i>New Private Window</i> (Shift+Command+N).</li>"
                    "<li><b>Firefox</b>: agorwch y ddewislen, yna <i>New private window</i> (Ctrl+Shift+P).</li>"
                    "<li><b>Edge</b>: agorwch y ddewislen, yna <i>New InPrivate window</i> (Ctrl+Shift+N).</li>"
                    "<li><b>Samsung Internet</b>: tapiwch y botwm tabiau, yna <i>Turn on Secret mode</i>.</li>"
                    "</ul>"
                    "<p>Caewch y ffenestr breifat pan fyddwch chi wedi gorffen.</p>",
                ),
                (
                    "Dilëwch dudalennau unigol o'ch hanes",
                    "<p>Os na wnaethoch chi ddefnyddio ffenestr breifat, gallwch chi ddileu'r tudalennau am gael "
                    "help yn unig. Gall clirio eich hanes i gyd wneud rhywun yn amheus ynddo'i hun, os ydyn nhw fel "
                    "arfer yn ei weld.</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: agorwch <i>History</i> (Ctrl+H), ticiwch y tudalennau, yna "
                    "<i>Delete</i>.</li>"
                    "<li><b>Safari</b>: agorwch <i>History</i>, yna <i>Show All History</i>, dewiswch y tudalennau "
                    "a phwyswch Delete. Ar iPhone, agorwch y botwm nodau tudalen, yna'r cloc, a llithrwch eich bys "
                    "i'r chwith ar dudalen.</li>"
                    "<li><b>Firefox</b>: agorwch <i>History</i>, yna <i>Manage history</i>, de-gliciwch ar dudalen "
                    "a dewis <i>Delete Page</i>.</li>"
                    "<li><b>Edge</b>: agorwch <i>History</i> (Ctrl+H), yna eicon y bin wrth ymyl tudalen.</li>"
                    "<li><b>Samsung Internet</b>: agorwch <i>History</i>, pwyswch a daliwch eich bys ar dudalen, "
                    "yna <i>Delete</i>.</li>"
                    "</ul>",
                ),
                (
                    "Peidiwch â gosod nod tudalen ar gyfer y wefan hon",
                    "<p>Mae'n hawdd i rywun arall ddod o hyd i nodau tudalen a thudalennau sydd wedi'u cadw. Os oes "
                    "angen i chi ddod yn ôl, chwiliwch am enw'r gwasanaeth eto mewn ffenestr breifat, neu "
                    "ysgrifennwch y rhif yn rhywle diogel.</p>",
                ),
                (
                    "Defnyddiwch ddyfais fwy diogel os gallwch chi",
                    "<p>Os ydych chi'n meddwl bod rhywun yn gwirio eich ffôn neu eich cyfrifiadur, defnyddiwch un na "
                    "all y person arall gael gafael arno: ffôn ffrind rydych chi'n ymddiried ynddo, cyfrifiadur "
                    "mewn llyfrgell, neu un yn y gwaith.</p>",
                ),
                (
                    "Galwadau a'ch bil ffôn",
                    "<p>Mae log galwadau eich ffôn yn cadw'r rhifau rydych chi'n eu ffonio, a gall biliau manwl eu "
                    "rhestru. Efallai na fydd rhai rhifau rhadffôn (sy'n dechrau gyda 0800 neu 0808) yn ymddangos ar "
                    "fil, ond mae hyn yn dibynnu ar eich darparwr. Mae tudalen pob gwasanaeth yn dweud beth mae ei "
                    "ddarparwr wedi'i ddweud wrthym. Gallwch chi ddileu rhif o'ch log galwadau, neu ffonio o ffôn "
                    "nad yw'r person arall yn ei weld.</p>",
                ),
                (
                    "Ysbïwedd ac olrhain",
                    "<p>Gall rhywun osod apiau sy'n dangos eich negeseuon, eich galwadau neu eich lleoliad iddyn "
                    "nhw. Mae'r arwyddion yn cynnwys batri sy'n rhedeg i lawr yn gyflym, apiau nad ydych chi'n eu "
                    "hadnabod, neu'r person arall yn gwybod pethau na wnaethoch chi eu dweud wrthyn nhw. Gall "
                    "cyfrifon a rennir a rhannu lleoliad ddangos ble rydych chi hefyd.</p>"
                    "<p>Gall cael gwared ar ysbïwedd neu newid cyfrineiriau rybuddio'r person a'i gosododd. "
                    "Siaradwch â gwasanaeth cymorth yn gyntaf, o ddyfais fwy diogel, am sut i wneud hyn yn "
                    "ddiogel.</p>",
                ),
                (
                    "Beth mae “Gadael y dudalen hon” yn ei wneud, a beth nad yw'n ei wneud",
                    "<p>Mae pwyso <i>Gadael y dudalen hon</i>, neu bwyso'r fysell Shift dair gwaith, yn cuddio'r "
                    "wefan hon ar unwaith ac yn agor tudalen tywydd yn ei lle. Wedyn, mae pwyso Back (Yn ôl) yn mynd "
                    "â chi i'r dudalen roeddech chi arni cyn i chi ddod yma.</p>"
                    "<p>Nid yw'n dileu eich hanes. Mae eich porwr yn dal i restru yn ei hanes y tudalennau a "
                    "agoroch chi yma. Dim ond dileu'r tudalennau hynny, neu ddefnyddio ffenestr breifat, sy'n eu "
                    "tynnu oddi yno. Nid yw'n gallu cuddio'r wefan hon rhag ysbïwedd na rhag rhywun sy'n "
                    "gwylio eich sgrin.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Polish
    # ------------------------------------------------------------------
    "pl": {
        "home": {
            "title": "Znajdź wsparcie – bezpiecznie",
            "intro": (
                "Informacje i wsparcie dla każdej osoby dotkniętej przemocą domową, przemocą seksualną, "
                "przymusowym małżeństwem lub przemocą w imię honoru. Możesz otrzymać bezpłatną i poufną pomoc."
            ),
            "get_help": {
                "heading": "Uzyskaj pomoc teraz",
                "intro": "Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 999 i poproś o połączenie z policją.",
                "routes": [
                    {
                        "label": "Policja – w nagłym wypadku",
                        "number": "999",
                        "note": "Zadzwoń, jeśli Tobie lub komuś innemu grozi teraz niebezpieczeństwo.",
                    },
                    {
                        "label": "Silent Solution: zadzwoń pod 999, a potem naciśnij 55, jeśli nie możesz mówić",
                        "number": "999",
                        "note": (
                            "Z telefonu komórkowego: jeśli nie możesz mówić, słuchaj operatora i naciśnij 55, gdy "
                            "o to poprosi. Operator połączy Cię z policją. Z telefonu stacjonarnego: nie rozłączaj "
                            "się. Jeśli operator usłyszy tylko odgłosy w tle, połączy Cię z policją."
                        ),
                    },
                ],
            },
        },
        "safety": {
            "title": "Bezpieczeństwo w internecie",
            "intro": (
                "Jeśli ktoś sprawdza Twój telefon, komputer lub rachunki, te kroki mogą pomóc Ci bezpieczniej "
                "szukać wsparcia. Żaden krok nie jest doskonały, więc korzystaj z tych, które pasują do Twojej "
                "sytuacji."
            ),
            "search_description": (
                "Jak bezpieczniej szukać pomocy na telefonie lub komputerze, który ktoś inny może sprawdzać."
            ),
            "sections": [
                (
                    "Używaj okna prywatnego przeglądania",
                    "<p>Po zamknięciu okno prywatne nie zostawia w historii stron, które w nim odwiedzasz. Otwórz "
                    "je, zanim zaczniesz szukać pomocy:</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: dotknij lub kliknij trzy kropki, a potem <i>Nowe okno incognito</i> "
                    "(Ctrl+Shift+N na komputerze).</li>"
                    "<li><b>Safari na iPhonie</b>: dotknij przycisku kart, a potem <i>Private</i>. "
                    "<b>Safari na Macu</b>: <i>File</i>, a potem <i>New Private Window</i> (Shift+Command+N).</li>"
                    "<li><b>Firefox</b>: otwórz menu, a potem <i>Nowe okno prywatne</i> (Ctrl+Shift+P).</li>"
                    "<li><b>Edge</b>: otwórz menu, a potem <i>Nowe okno InPrivate</i> (Ctrl+Shift+N).</li>"
                    "<li><b>Samsung Internet</b>: dotknij przycisku kart, a potem <i>Turn on Secret mode</i>.</li>"
                    "</ul>"
                    "<p>Gdy skończysz, zamknij okno prywatne.</p>",
                ),
                (
                    "Usuwaj pojedyncze strony z historii",
                    "<p>Jeśli strony nie były otwierane w oknie prywatnym, możesz usunąć z historii tylko te, które "
                    "dotyczą szukania pomocy. Wyczyszczenie całej historii samo w sobie może wzbudzić podejrzenia, "
                    "jeśli ktoś zwykle ją przegląda.</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: otwórz <i>Historia</i> (Ctrl+H), zaznacz strony, a potem <i>Usuń</i>.</li>"
                    "<li><b>Safari</b>: otwórz <i>History</i>, a potem <i>Show All History</i>, zaznacz strony i "
                    "naciśnij Delete. Na iPhonie dotknij przycisku zakładek, potem ikony zegara i przesuń palcem w "
                    "lewo po stronie.</li>"
                    "<li><b>Firefox</b>: otwórz <i>Historia</i>, a potem <i>Zarządzaj historią</i>, kliknij stronę "
                    "prawym przyciskiem myszy i wybierz <i>Usuń stronę</i>.</li>"
                    "<li><b>Edge</b>: otwórz <i>Historia</i> (Ctrl+H), a potem kliknij ikonę kosza obok strony.</li>"
                    "<li><b>Samsung Internet</b>: otwórz <i>History</i>, naciśnij i przytrzymaj stronę, a potem "
                    "<i>Delete</i>.</li>"
                    "</ul>",
                ),
                (
                    "Nie dodawaj tej strony do zakładek",
                    "<p>Zakładki i zapisane strony łatwo może znaleźć ktoś inny. Jeśli chcesz tu wrócić, wyszukaj "
                    "ponownie nazwę organizacji w oknie prywatnym albo zapisz numer w bezpiecznym miejscu.</p>",
                ),
                (
                    "Jeśli możesz, korzystaj z bezpieczniejszego urządzenia",
                    "<p>Jeśli myślisz, że ktoś sprawdza Twój telefon lub komputer, użyj takiego, do którego ta osoba "
                    "nie ma dostępu: telefonu zaufanej przyjaciółki lub przyjaciela, komputera w bibliotece albo "
                    "w pracy.</p>",
                ),
                (
                    "Połączenia i rachunek telefoniczny",
                    "<p>Rejestr połączeń w telefonie zapisuje numery, pod które dzwonisz, a szczegółowy rachunek "
                    "może je wykazywać. Niektóre bezpłatne numery (zaczynające się od 0800 lub 0808) mogą nie "
                    "pojawiać się na rachunku, ale zależy to od Twojego operatora. Na stronie każdej usługi "
                    "podajemy, co przekazał nam jej dostawca. Możesz usunąć numer z rejestru połączeń albo "
                    "zadzwonić z telefonu, którego druga osoba nie widzi.</p>",
                ),
                (
                    "Oprogramowanie szpiegujące i śledzenie",
                    "<p>Ktoś może zainstalować aplikacje, które pokazują mu Twoje wiadomości, połączenia lub "
                    "lokalizację. Sygnały ostrzegawcze to np. bateria, która szybko się rozładowuje, aplikacje, "
                    "których nie znasz, albo to, że druga osoba wie o rzeczach, o których jej nie mówisz. Wspólne "
                    "konta i udostępnianie lokalizacji również mogą pokazać, gdzie jesteś.</p>"
                    "<p>Usunięcie oprogramowania szpiegującego lub zmiana haseł może zaalarmować osobę, która je "
                    "zainstalowała. Najpierw porozmawiaj z organizacją pomocową – z bezpieczniejszego urządzenia – "
                    "o tym, jak zrobić to bezpiecznie.</p>",
                ),
                (
                    "Co robi przycisk „Wyjdź z tej strony”, a czego nie robi",
                    "<p>Naciśnięcie <i>Wyjdź z tej strony</i> albo trzykrotne naciśnięcie klawisza Shift od razu "
                    "ukrywa tę stronę i otwiera w jej miejscu stronę z prognozą pogody. Jeśli potem naciśniesz "
                    "Wstecz, wrócisz do strony otwartej przed wejściem tutaj.</p>"
                    "<p>Nie usuwa to historii. Przeglądarka nadal pokazuje w historii strony otwarte tutaj. Znikną "
                    "one tylko wtedy, gdy usuniesz je z historii albo gdy korzystasz z okna prywatnego. Nie ukryje "
                    "to tej strony przed oprogramowaniem szpiegującym ani przed kimś, kto patrzy na Twój ekran.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Urdu
    # ------------------------------------------------------------------
    "ur": {
        "home": {
            "title": "محفوظ طریقے سے مدد تلاش کریں",
            "intro": (
                "گھریلو بدسلوکی، جنسی تشدد، جبری شادی یا غیرت کے نام پر بدسلوکی سے متاثر ہر شخص کے لیے معلومات "
                "اور مدد۔ مفت اور رازدارانہ مدد دستیاب ہے۔"
            ),
            "get_help": {
                "heading": "ابھی مدد حاصل کریں",
                "intro": "اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں اور پولیس سے بات کروانے کو کہیں۔",
                "routes": [
                    {
                        "label": "پولیس، ایمرجنسی میں",
                        "number": "999",
                        "note": "اگر آپ یا کوئی اور اس وقت خطرے میں ہے تو کال کریں۔",
                    },
                    {
                        "label": "Silent Solution: 999 پر کال کریں، پھر اگر بولنا ممکن نہ ہو تو 55 دبائیں",
                        "number": "999",
                        "note": (
                            "موبائل فون پر، اگر بولنا ممکن نہ ہو تو آپریٹر کی بات سنیں اور جب کہا جائے تو 55 "
                            "دبائیں۔ آپ کی کال پولیس سے ملا دی جائے گی۔ لینڈ لائن پر، لائن پر رہیں: اگر آپریٹر کو "
                            "صرف پس منظر کی آوازیں سنائی دیں تو وہ آپ کی کال پولیس سے ملا دیں گے۔"
                        ),
                    },
                ],
            },
        },
        "safety": {
            "title": "آن لائن محفوظ رہنا",
            "intro": (
                "اگر کوئی آپ کا فون، کمپیوٹر یا بل چیک کرتا ہے تو یہ اقدامات زیادہ محفوظ طریقے سے مدد تلاش کرنے "
                "میں آپ کی مدد کر سکتے ہیں۔ کوئی بھی ایک قدم مکمل حل نہیں، اس لیے وہ اقدامات اپنائیں جو "
                "آپ کی صورتحال کے مطابق ہوں۔"
            ),
            "search_description": (
                "ایسے فون یا کمپیوٹر پر زیادہ محفوظ طریقے سے مدد کیسے تلاش کریں جسے کوئی اور چیک کر سکتا ہو۔"
            ),
            "sections": [
                (
                    "پرائیویٹ براؤزنگ ونڈو استعمال کریں",
                    "<p>پرائیویٹ ونڈو بند کرنے کے بعد اس میں دیکھے گئے صفحات ہسٹری میں محفوظ نہیں رہتے۔ مدد "
                    "تلاش کرنے سے پہلے ایک پرائیویٹ ونڈو کھولیں:</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: تین نقطوں پر ٹیپ یا کلک کریں، پھر <i>New Incognito window</i> "
                    "(کمپیوٹر پر Ctrl+Shift+N)۔</li>"
                    "<li><b>iPhone پر Safari</b>: ٹیبز کے بٹن پر ٹیپ کریں، پھر <i>Private</i>۔ "
                    "<b>Mac پر Safari</b>: <i>File</i>، پھر <i>New Private Window</i> (Shift+Command+N)۔</li>"
                    "<li><b>Firefox</b>: مینو کھولیں، پھر <i>New private window</i> (Ctrl+Shift+P)۔</li>"
                    "<li><b>Edge</b>: مینو کھولیں، پھر <i>New InPrivate window</i> (Ctrl+Shift+N)۔</li>"
                    "<li><b>Samsung Internet</b>: ٹیبز کے بٹن پر ٹیپ کریں، پھر <i>Turn on Secret mode</i>۔</li>"
                    "</ul>"
                    "<p>کام ختم ہونے پر پرائیویٹ ونڈو بند کر دیں۔</p>",
                ),
                (
                    "اپنی ہسٹری سے صرف مخصوص صفحات حذف کریں",
                    "<p>اگر پرائیویٹ ونڈو استعمال نہیں کی گئی تھی تو آپ صرف مدد حاصل کرنے سے متعلق صفحات ہٹا سکتے "
                    "ہیں۔ پوری ہسٹری صاف کر دینا بذاتِ خود کسی کو شک میں ڈال سکتا ہے، اگر وہ عام طور پر ہسٹری "
                    "دیکھتا ہو۔</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: <i>History</i> کھولیں (Ctrl+H)، صفحات پر نشان لگائیں، پھر "
                    "<i>Delete</i>۔</li>"
                    "<li><b>Safari</b>: <i>History</i> کھولیں، پھر <i>Show All History</i>، صفحات منتخب کریں اور "
                    "Delete دبائیں۔ iPhone پر بُک مارکس کا بٹن کھولیں، پھر گھڑی کا نشان، اور کسی صفحے پر انگلی "
                    "بائیں طرف سوائپ کریں۔</li>"
                    "<li><b>Firefox</b>: <i>History</i> کھولیں، پھر <i>Manage history</i>، کسی صفحے پر رائٹ "
                    "کلک کریں اور <i>Delete Page</i> منتخب کریں۔</li>"
                    "<li><b>Edge</b>: <i>History</i> کھولیں (Ctrl+H)، پھر کسی صفحے کے ساتھ موجود کوڑے دان کا "
                    "نشان۔</li>"
                    "<li><b>Samsung Internet</b>: <i>History</i> کھولیں، کسی صفحے کو دبا کر رکھیں، پھر "
                    "<i>Delete</i>۔</li>"
                    "</ul>",
                ),
                (
                    "اس ویب سائٹ کو بُک مارک نہ کریں",
                    "<p>بُک مارکس اور محفوظ کیے گئے صفحات کسی اور کو آسانی سے مل سکتے ہیں۔ اگر آپ کو دوبارہ آنا "
                    "ہو تو پرائیویٹ ونڈو میں سروس کا نام دوبارہ تلاش کریں، یا نمبر کسی محفوظ جگہ لکھ لیں۔</p>",
                ),
                (
                    "اگر ممکن ہو تو زیادہ محفوظ ڈیوائس استعمال کریں",
                    "<p>اگر آپ کو لگتا ہے کہ آپ کا فون یا کمپیوٹر چیک کیا جا رہا ہے تو ایسی ڈیوائس استعمال کریں "
                    "جس تک دوسرے شخص کی رسائی نہ ہو: کسی قابلِ اعتماد دوست کا فون، لائبریری کا کمپیوٹر، یا کام کی "
                    "جگہ کا کمپیوٹر۔</p>",
                ),
                (
                    "کالیں اور آپ کا فون بل",
                    "<p>آپ کے فون کا کال لاگ ان نمبروں کو محفوظ رکھتا ہے جن پر کال کی گئی ہو، اور تفصیلی بلوں میں "
                    "بھی یہ نمبر درج ہو سکتے ہیں۔ ہو سکتا ہے کچھ مفت نمبر (جو 0800 یا 0808 سے شروع ہوتے ہیں) بل "
                    "پر ظاہر نہ ہوں، لیکن یہ آپ کی فون کمپنی پر منحصر ہے۔ ہر سروس کے صفحے پر لکھا ہے کہ اس کے "
                    "فراہم کنندہ نے ہمیں کیا بتایا ہے۔ آپ اپنے کال لاگ سے کوئی نمبر حذف کر سکتے ہیں، یا ایسے فون "
                    "سے کال کر سکتے ہیں جسے دوسرا شخص نہیں دیکھتا۔</p>",
                ),
                (
                    "جاسوسی سافٹ ویئر اور ٹریکنگ",
                    "<p>کوئی شخص ایسی ایپس انسٹال کر سکتا ہے جن سے وہ آپ کے پیغامات، کالیں یا آپ کا مقام دیکھ "
                    "سکے۔ اس کی علامات میں بیٹری کا جلدی ختم ہونا، ایسی ایپس جو آپ کے لیے اجنبی ہوں، یا دوسرے شخص "
                    "کو ایسی باتوں کا علم ہونا شامل ہے جو آپ نے اسے نہیں بتائیں۔ مشترکہ اکاؤنٹس اور لوکیشن "
                    "شیئرنگ سے بھی پتا چل سکتا ہے کہ آپ کہاں ہیں۔</p>"
                    "<p>جاسوسی سافٹ ویئر ہٹانے یا پاس ورڈ بدلنے سے وہ شخص خبردار ہو سکتا ہے جس نے اسے لگایا تھا۔ "
                    "پہلے کسی زیادہ محفوظ ڈیوائس سے کسی سپورٹ سروس سے بات کریں کہ یہ کام محفوظ طریقے سے کیسے کیا "
                    "جائے۔</p>",
                ),
                (
                    "“اس صفحے سے نکلیں” کیا کرتا ہے، اور کیا نہیں کرتا",
                    "<p><i>اس صفحے سے نکلیں</i> دبانے سے، یا Shift کا بٹن تین بار دبانے سے، یہ ویب سائٹ فوراً "
                    "چھپ جاتی ہے اور اس کی جگہ موسم کا ایک صفحہ کھل جاتا ہے۔ اس کے بعد Back دبانے سے وہ صفحہ کھلتا "
                    "ہے جو یہاں آنے سے پہلے کھلا تھا۔</p>"
                    "<p>یہ آپ کی ہسٹری حذف نہیں کرتا۔ آپ کا براؤزر اب بھی اپنی ہسٹری میں وہ صفحات دکھاتا ہے جو "
                    "یہاں کھولے گئے تھے۔ یہ صفحات صرف انہیں حذف کرنے سے، یا پرائیویٹ ونڈو استعمال کرنے سے ہٹتے "
                    "ہیں۔ یہ بٹن اس ویب سائٹ کو جاسوسی سافٹ ویئر سے، یا آپ کی اسکرین دیکھنے والے کسی شخص سے، نہیں "
                    "چھپا سکتا۔</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Arabic
    # ------------------------------------------------------------------
    "ar": {
        "home": {
            "title": "الوصول إلى الدعم بأمان",
            "intro": (
                "معلومات ودعم لكل شخص متأثر بالعنف الأسري أو العنف الجنسي أو الزواج القسري أو الإساءة "
                "باسم الشرف. المساعدة متاحة مجانًا وبسرية تامة."
            ),
            "get_help": {
                "heading": "احصل على المساعدة الآن",
                "intro": "إذا كنت في خطر الآن، اتصل بالرقم 999 واطلب الشرطة.",
                "routes": [
                    {
                        "label": "الشرطة، في حالات الطوارئ",
                        "number": "999",
                        "note": "اتصل إذا كنت أنت أو شخص آخر في خطر الآن.",
                    },
                    {
                        "label": "Silent Solution: اتصل بالرقم 999، ثم اضغط 55 إذا تعذّر عليك الكلام",
                        "number": "999",
                        "note": (
                            "من الهاتف المحمول: إذا تعذّر عليك الكلام، استمع إلى موظف الطوارئ واضغط 55 عندما "
                            "يُطلب منك ذلك، وسيتم تحويلك إلى الشرطة. من الهاتف الأرضي: ابقَ على الخط، فإذا لم يسمع "
                            "موظف الطوارئ سوى أصوات في الخلفية، سيوصلك بالشرطة."
                        ),
                    },
                ],
            },
        },
        "safety": {
            "title": "البقاء بأمان على الإنترنت",
            "intro": (
                "إذا كان أحد يفحص هاتفك أو حاسوبك أو فواتيرك، فقد تساعدك هذه الخطوات على البحث عن الدعم بأمان "
                "أكبر. لا توجد خطوة مثالية، لذا استخدم الخطوات التي تناسب وضعك."
            ),
            "search_description": ("كيفية البحث عن المساعدة بأمان أكبر على هاتف أو حاسوب قد يفحصه شخص آخر."),
            "sections": [
                (
                    "استخدم نافذة تصفح خاصة",
                    "<p>لا تحتفظ النافذة الخاصة بالصفحات التي تزورها في سجل التصفح بعد إغلاقها. افتح نافذة خاصة "
                    "قبل أن تبحث عن المساعدة:</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: المس أو انقر على النقاط الثلاث، ثم <i>نافذة جديدة للتصفح المتخفي</i> "
                    "(<i>New Incognito window</i>) (Ctrl+Shift+N على الحاسوب).</li>"
                    "<li><b>Safari على iPhone</b>: المس زر علامات التبويب، ثم <i>Private</i>. "
                    "<b>Safari على Mac</b>: <i>File</i>، ثم <i>New Private Window</i> (Shift+Command+N).</li>"
                    "<li><b>Firefox</b>: افتح القائمة، ثم <i>نافذة خاصة جديدة</i> (<i>New private window</i>) "
                    "(Ctrl+Shift+P).</li>"
                    "<li><b>Edge</b>: افتح القائمة، ثم <i>New InPrivate window</i> (Ctrl+Shift+N).</li>"
                    "<li><b>Samsung Internet</b>: المس زر علامات التبويب، ثم <i>Turn on Secret mode</i>.</li>"
                    "</ul>"
                    "<p>أغلق النافذة الخاصة عندما تنتهي.</p>",
                ),
                (
                    "احذف صفحات بعينها من سجل التصفح",
                    "<p>إذا لم تُفتح الصفحات في نافذة خاصة، يمكنك حذف الصفحات المتعلقة بطلب المساعدة فقط. فمسح "
                    "السجل كله قد يثير الشك في حد ذاته، إذا كان الشخص الآخر يطّلع عليه عادةً.</p>"
                    "<ul>"
                    "<li><b>Chrome</b>: افتح <i>السجلّ</i> (<i>History</i>) (Ctrl+H)، وحدّد الصفحات، ثم "
                    "<i>حذف</i> (<i>Delete</i>).</li>"
                    "<li><b>Safari</b>: افتح <i>History</i>، ثم <i>Show All History</i>، وحدّد الصفحات واضغط "
                    "Delete. على iPhone، افتح زر الإشارات المرجعية، ثم رمز الساعة، واسحب إصبعك إلى اليسار على "
                    "الصفحة.</li>"
                    "<li><b>Firefox</b>: افتح <i>التأريخ</i> (<i>History</i>)، ثم <i>أدِر التأريخ</i> "
                    "(<i>Manage history</i>)، وانقر بزر الفأرة الأيمن على الصفحة واختر <i>Delete Page</i>.</li>"
                    "<li><b>Edge</b>: افتح <i>History</i> (Ctrl+H)، ثم رمز سلة المهملات بجانب الصفحة.</li>"
                    "<li><b>Samsung Internet</b>: افتح <i>History</i>، واضغط مطولًا على الصفحة، ثم "
                    "<i>Delete</i>.</li>"
                    "</ul>",
                ),
                (
                    "لا تحفظ هذا الموقع في الإشارات المرجعية",
                    "<p>يسهل على شخص آخر العثور على الإشارات المرجعية والصفحات المحفوظة. إذا احتجت إلى العودة، "
                    "فابحث عن اسم الخدمة مرة أخرى في نافذة خاصة، أو اكتب الرقم في مكان آمن.</p>",
                ),
                (
                    "استخدم جهازًا أكثر أمانًا إن أمكن",
                    "<p>إذا كنت تظن أن هاتفك أو حاسوبك يخضع للمراقبة، فاستخدم جهازًا لا يستطيع الشخص الآخر "
                    "الوصول إليه: هاتف صديق تثق به، أو حاسوبًا في مكتبة عامة، أو حاسوبًا في العمل.</p>",
                ),
                (
                    "المكالمات وفاتورة الهاتف",
                    "<p>يحتفظ سجل المكالمات في هاتفك بالأرقام التي تتصل بها، وقد تُدرج الفواتير المفصلة هذه "
                    "الأرقام. بعض الأرقام المجانية (التي تبدأ بـ 0800 أو 0808) قد لا تظهر في الفاتورة، لكن هذا "
                    "يعتمد على شركة الاتصالات التي تتعامل معها. وتذكر صفحة كل خدمة ما أخبرنا به مقدّم الخدمة. "
                    "يمكنك حذف الرقم من سجل المكالمات، أو الاتصال من هاتف لا يراه الشخص الآخر.</p>",
                ),
                (
                    "برامج التجسس والتتبع",
                    "<p>يمكن لشخص ما تثبيت تطبيقات تُطلعه على رسائلك أو مكالماتك أو موقعك. ومن العلامات على "
                    "ذلك: بطارية تنفد بسرعة، أو تطبيقات لا تعرفها، أو معرفة الشخص الآخر بأمور لم تخبره بها. كما "
                    "يمكن للحسابات المشتركة ومشاركة الموقع أن تكشف مكانك.</p>"
                    "<p>قد تؤدي إزالة برامج التجسس أو تغيير كلمات المرور إلى تنبيه الشخص الذي ثبّتها. تحدّث "
                    "أولًا مع جهة دعم، من جهاز أكثر أمانًا، عن كيفية القيام بذلك بأمان.</p>",
                ),
                (
                    "ما الذي يفعله زر «الخروج من هذه الصفحة» وما لا يفعله",
                    "<p>الضغط على <i>الخروج من هذه الصفحة</i>، أو الضغط على مفتاح Shift ثلاث مرات، يُخفي هذا "
                    "الموقع فورًا ويفتح مكانه صفحة عن حالة الطقس. وبعد ذلك، يؤدي الضغط على زر الرجوع إلى الصفحة "
                    "التي كنت عليها قبل المجيء إلى هنا.</p>"
                    "<p>لا يحذف هذا الزر سجل التصفح. فالمتصفح يظل يعرض في سجله الصفحات التي فتحتها هنا، ولا "
                    "تختفي إلا إذا حذفتها أو استخدمت نافذة خاصة. ولا يمكنه إخفاء هذا الموقع عن برامج التجسس أو عن "
                    "شخص يراقب شاشتك.</p>",
                ),
            ],
        },
    },
}

# Punjabi, Bengali, Somali, Romanian and Chinese: one module each in demo/languages/.
PAGES |= {code: language.PAGES for code, language in MORE_LANGUAGES.items()}
