"""Romanian. The reader is addressed with "dumneavoastră", as the interface
catalogue does; "Exit this page" is "Părăsiți pagina" there too."""

from ..words import easy, p

PAGES = {
    "home": {
        "title": "Găsiți sprijin, în siguranță",
        "intro": (
            "Informații și sprijin pentru oricine este afectat de violență domestică, violență sexuală, "
            "căsătorie forțată sau abuz în numele onoarei. Puteți primi ajutor gratuit și confidențial."
        ),
        "get_help": {
            "heading": "Primiți ajutor acum",
            "intro": "Dacă sunteți în pericol acum, sunați la 999 și cereți poliția.",
            "routes": [
                {
                    "label": "Poliția, în caz de urgență",
                    "number": "999",
                    "note": "Sunați dacă dumneavoastră sau altcineva sunteți în pericol chiar acum.",
                },
                {
                    "label": "Silent Solution: sunați la 999, apoi apăsați 55 dacă nu puteți vorbi",
                    "number": "999",
                    "note": (
                        "De pe un telefon mobil: dacă nu puteți vorbi, ascultați operatorul și apăsați 55 când "
                        "vă cere. Veți fi pus în legătură cu poliția. De pe un telefon fix: rămâneți pe linie. "
                        "Dacă operatorul aude doar zgomot de fond, vă va pune în legătură cu poliția."
                    ),
                },
            ],
        },
    },
    "safety": {
        "title": "Siguranța pe internet",
        "intro": (
            "Dacă cineva vă verifică telefonul, calculatorul sau facturile, acești pași vă pot ajuta să căutați "
            "sprijin mai în siguranță. Niciun pas nu este perfect, așa că folosiți-i pe cei potriviți situației "
            "dumneavoastră."
        ),
        "search_description": (
            "Cum să căutați ajutor mai în siguranță pe un telefon sau calculator pe care altcineva îl poate verifica."
        ),
        "sections": [
            (
                "Folosiți o fereastră de navigare privată",
                "<p>O fereastră privată nu păstrează în istoric paginile vizitate după ce o închideți. Deschideți "
                "una înainte să căutați ajutor:</p>"
                "<ul>"
                "<li><b>Chrome</b>: atingeți sau faceți clic pe cele trei puncte, apoi <i>New Incognito window</i> "
                "(Ctrl+Shift+N pe calculator).</li>"
                "<li><b>Safari pe iPhone</b>: atingeți butonul de file, apoi <i>Private</i>. "
                "<b>Safari pe Mac</b>: <i>File</i>, apoi <i>New Private Window</i> (Shift+Command+N).</li>"
                "<li><b>Firefox</b>: deschideți meniul, apoi <i>New private window</i> (Ctrl+Shift+P).</li>"
                "<li><b>Edge</b>: deschideți meniul, apoi <i>New InPrivate window</i> (Ctrl+Shift+N).</li>"
                "<li><b>Samsung Internet</b>: atingeți butonul de file, apoi <i>Turn on Secret mode</i>.</li>"
                "</ul>"
                "<p>Închideți fereastra privată când terminați.</p>",
            ),
            (
                "Ștergeți doar anumite pagini din istoric",
                "<p>Dacă nu ați folosit o fereastră privată, puteți șterge doar paginile despre căutarea de ajutor. "
                "Dacă ștergeți tot istoricul, asta poate trezi bănuieli unei persoane care se uită de obicei în "
                "el.</p>"
                "<ul>"
                "<li><b>Chrome</b>: deschideți <i>History</i> (Ctrl+H), bifați paginile, apoi <i>Delete</i>.</li>"
                "<li><b>Safari</b>: deschideți <i>History</i>, apoi <i>Show All History</i>, selectați paginile "
                "și apăsați Delete. Pe iPhone, deschideți butonul de marcaje, apoi ceasul, și glisați spre stânga "
                "pe o pagină.</li>"
                "<li><b>Firefox</b>: deschideți <i>History</i>, apoi <i>Manage history</i>, faceți clic dreapta "
                "pe o pagină și alegeți <i>Delete Page</i>.</li>"
                "<li><b>Edge</b>: deschideți <i>History</i> (Ctrl+H), apoi pictograma coș de lângă o pagină.</li>"
                "<li><b>Samsung Internet</b>: deschideți <i>History</i>, țineți apăsat pe o pagină, apoi "
                "<i>Delete</i>.</li>"
                "</ul>",
            ),
            (
                "Nu salvați acest site la marcaje",
                "<p>Altcineva poate găsi ușor marcajele și paginile salvate. Dacă vreți să reveniți, căutați din "
                "nou numele serviciului într-o fereastră privată sau notați numărul într-un loc sigur.</p>",
            ),
            (
                "Folosiți un dispozitiv mai sigur, dacă puteți",
                "<p>Dacă credeți că cineva vă verifică telefonul sau calculatorul, folosiți unul la care cealaltă "
                "persoană nu are acces: telefonul unui prieten de încredere, un calculator de la bibliotecă sau "
                "unul de la serviciu.</p>",
            ),
            (
                "Apelurile și factura de telefon",
                "<p>Jurnalul de apeluri al telefonului păstrează numerele pe care le sunați, iar facturile "
                "detaliate le pot afișa. Unele numere gratuite (care încep cu 0800 sau 0808) s-ar putea să nu "
                "apară pe factură, dar asta depinde de operatorul dumneavoastră. Pagina fiecărui serviciu spune ce "
                "ne-a comunicat furnizorul său. Puteți șterge un număr din jurnalul de apeluri sau puteți suna de "
                "pe un telefon pe care cealaltă persoană nu îl vede.</p>",
            ),
            (
                "Programe spion și urmărire",
                "<p>Cineva poate instala aplicații care îi arată mesajele, apelurile sau locația dumneavoastră. "
                "Semnele pot fi o baterie care se descarcă repede, aplicații pe care nu le recunoașteți sau faptul "
                "că cealaltă persoană știe lucruri pe care nu i le-ați spus. Conturile comune și partajarea "
                "locației pot arăta și ele unde vă aflați.</p>"
                "<p>Dacă ștergeți un program spion sau schimbați parolele, persoana care l-a instalat poate afla. "
                "Vorbiți mai întâi cu un serviciu de sprijin, de pe un dispozitiv mai sigur, despre cum să faceți "
                "asta în siguranță.</p>",
            ),
            (
                "Ce face butonul „Părăsiți pagina” și ce nu face",
                "<p>Dacă apăsați <i>Părăsiți pagina</i> sau apăsați de trei ori tasta Shift, acest site se ascunde "
                "imediat și în locul lui se deschide o pagină cu prognoza meteo. Dacă apăsați apoi Înapoi (Back), "
                "ajungeți la pagina pe care erați înainte să veniți aici.</p>"
                "<p>Butonul nu vă șterge istoricul. Browserul arată în continuare în istoric paginile deschise "
                "aici. Ele dispar doar dacă le ștergeți sau dacă folosiți o fereastră privată. Butonul nu poate "
                "ascunde acest site de programele spion sau de cineva care se uită la ecranul "
                "dumneavoastră.</p>",
            ),
        ],
    },
}

_EMERGENCY = {
    "heading": "Dacă sunteți în pericol acum",
    "routes": [
        {"label": "Poliția, în caz de urgență"},
        {
            "label": "Silent Solution: sunați la 999, apoi apăsați 55 dacă nu puteți vorbi",
            "note": "De pe un mobil, apăsați 55 când vă cere operatorul, iar el vă va pune în legătură cu poliția.",
        },
    ],
}

CAMPAIGNS = {
    "is-it-coercive-control": {
        "title": "Este control coercitiv?",
        "intro": "Abuzul nu este întotdeauna fizic. Controlul permanent, amenințările și frica vă pot lua "
        "libertatea la fel de sigur, iar aceasta este o infracțiune.",
        "body": [
            p(
                "Controlul coercitiv este un tipar de comportament prin care un partener, un fost partener sau "
                "un membru al familiei vă face dependent de el, vă desparte de cei care vă pot sprijini și vă "
                "controlează viața de zi cu zi. Fiecare lucru, luat separat, poate părea mărunt. Împreună, vă "
                "pot face să vă simțiți speriat, confuz și prins fără ieșire.",
                "În Anglia și Țara Galilor, comportamentul de control sau coercitiv într-o relație intimă sau "
                "de familie este infracțiune din 2015.",
            ),
            {
                "heading": "Semne la care să fiți atenți",
                "intro": "O persoană apropiată:",
                "signs": [
                    "vă ține departe de prieteni și familie sau vă împiedică să vă vedeți cu ei?",
                    "vă verifică telefonul, mesajele sau locul în care vă aflați?",
                    "vă controlează banii sau vă obligă să cereți tot ce vă trebuie?",
                    "vă umilește, vă înjosește sau vă jignește?",
                    "vă impune reguli despre ce purtați, ce mâncați sau ce faceți?",
                    "amenință că vă va face rău dumneavoastră, copiilor sau animalelor de companie, ori că "
                    "va arăta altora fotografii private?",
                    "vă face să simțiți că trebuie să aveți grijă la fiecare pas?",
                ],
            },
            {
                "quote": "Nu m-a lovit niciodată, așa că nu credeam că e abuz. Dar trebuia să dau socoteală "
                "pentru fiecare liră și fiecare minut. Când am vorbit cu cineva, am văzut totul limpede.",
                "attribution": "Jo, 41 de ani",
                "anonymity_note": "Aceasta este o poveste compusă din mai multe experiențe: numele și detaliile "
                "sunt schimbate, astfel încât nimeni să nu poată fi recunoscut.",
            },
            {
                "heading": "Nu este vina dumneavoastră",
                "text": p(
                    "Abuzul este întotdeauna alegerea persoanei care abuzează. Nu trebuie să fiți sigur că este "
                    "abuz ca să vorbiți cu cineva. Sprijinul este gratuit și confidențial."
                ),
            },
            {"heading": "Unde puteți primi ajutor", "intro": "Nu trebuie să vă spuneți numele."},
            {
                "heading": "Întrebări frecvente",
                "items": [
                    {
                        "question": "Mă vor obliga să plec sau vor chema poliția?",
                        "answer": p(
                            "Nu. Consilierii vă ascultă și vă ajută să vă gândiți la opțiunile pe care le aveți. "
                            "Dumneavoastră hotărâți ce se întâmplă. Vor acționa fără acordul dumneavoastră doar "
                            "dacă un copil sau altcineva este în pericol grav."
                        ),
                    },
                    {
                        "question": "Poate un membru al familiei să exercite control coercitiv?",
                        "answer": p("Da. Legea îi include pe membrii familiei, pe parteneri și pe foștii parteneri."),
                    },
                ],
            },
            _EMERGENCY,
        ],
        "easy_read": [
            easy(
                "Această pagină este despre controlul coercitiv.",
                "Asta înseamnă că cineva folosește frica pentru a vă conduce viața.",
            ),
            easy(
                "Cineva poate încerca să vă controleze viața.",
                "Vă poate lua banii.",
                "Vă poate opri să vă vedeți prietenii.",
            ),
            easy("Acest lucru nu este în regulă.", "Este împotriva legii."),
            easy(
                "Vă sperie cineva sau vă controlează ce faceți?",
                "Puteți vorbi cu cineva.",
                "Vă va asculta și vă va ajuta să fiți în siguranță.",
            ),
            easy("Sunteți în pericol acum? Sunați la 999.", "Dacă nu puteți vorbi, apăsați 55."),
        ],
    },
    "love-shouldnt-hurt": {
        "title": "Iubirea nu ar trebui să doară",
        "intro": "Să fii cu cineva ar trebui să-ți facă bine. Dacă te face să te simți speriat, mic sau sub "
        "presiune, asta nu e iubire, și poți vorbi cu cineva despre asta.",
        "body": [
            p(
                "Certurile apar în orice relație. Abuzul este altceva: este atunci când cineva încearcă să te "
                "controleze, să te sperie sau să te rănească, pe internet sau față în față. I se poate întâmpla "
                "oricui, în orice fel de relație."
            ),
            {
                "heading": "Este relația mea sănătoasă?",
                "intro": "Răspunde cu da, nu sau uneori la fiecare afirmație. Răspunsurile rămân pe telefonul "
                "sau calculatorul tău: nimic nu este trimis sau salvat.",
                "statements": [
                    {"text": "Îmi verifică telefonul sau mesajele fără să mă întrebe."},
                    {"text": "Devine gelos sau se enervează când mă văd cu prietenii."},
                    {"text": "Mă umilește sau mă jignește."},
                    {"text": "Face presiuni să trimit poze sau să fac lucruri sexuale."},
                    {"text": "Mi-e frică de cum va reacționa."},
                    {"text": "Respectă când spun nu."},
                    {"text": "Pot să fiu eu însumi când sunt cu această persoană."},
                ],
                "healthy_message": "După răspunsurile tale, relația ta pare sănătoasă. Dacă se schimbă ceva sau "
                "dacă ceva tot nu ți se pare în regulă, poți oricând să vorbești cu cineva.",
                "some_concerns_message": "Unele răspunsuri sunt îngrijorătoare. Meriți să te simți în "
                "siguranță și respectat. Te-ar putea ajuta să vorbești despre asta cu cineva în care ai încredere.",
                "worrying_message": "Ce descrii pare a fi abuz, și nu este vina ta. Nu trebuie să treci singur "
                "prin asta: persoanele de mai jos te pot ajuta.",
            },
            {
                "heading": "Alte semne",
                "intro": "Presiunea să trimiți poze nud, urmărirea locației tale sau faptul că cineva îți spune "
                "ce să porți sunt toate semne de avertizare.",
                "signs": [
                    "Simți că trebuie să ceri voie ca să ieși din casă.",
                    "Spune că își va face rău dacă pleci.",
                    "Arată altora poze private cu tine sau amenință că o va face.",
                ],
            },
            {
                "heading": "Consimțământul",
                "text": p(
                    "Poți spune nu la orice, oricând, chiar dacă ai spus da înainte. Cineva căruia îi pasă de "
                    "tine va accepta asta."
                ),
            },
            {
                "heading": "Întrebări frecvente",
                "items": [
                    {
                        "question": "Le va spune Childline părinților mei?",
                        "answer": p(
                            "Childline este confidențial. Consilierii ar spune altcuiva ce le-ai spus doar dacă "
                            "ar crede că viața ta este în pericol și, de obicei, ar vorbi mai întâi cu tine."
                        ),
                    },
                ],
            },
        ],
        "easy_read": [
            easy("În iubire ar trebui să te simți în siguranță.", "Iubirea nu ar trebui să te rănească."),
            easy("Nimeni nu are voie să te lovească.", "Nimeni nu are voie să te sperie."),
            easy("Nimeni nu ar trebui să-ți verifice telefonul tot timpul."),
            easy("Poți vorbi cu cineva în care ai încredere."),
            easy("Apelul la Childline este gratuit.", "Sună la 0800 1111."),
        ],
    },
}

TOPICS = {
    "coercive-control": "Control coercitiv",
    "physical-abuse": "Abuz fizic",
    "emotional-abuse": "Abuz emoțional",
    "economic-abuse": "Abuz economic",
    "sexual-violence-and-consent": "Violență sexuală și consimțământ",
    "stalking": "Urmărire obsesivă (stalking)",
    "honour-based-abuse": "Abuz în numele onoarei",
    "forced-marriage": "Căsătorie forțată",
    "fgm": "Mutilare genitală feminină (FGM)",
    "tech-abuse": "Abuz prin tehnologie",
    "teenage-relationship-abuse": "Abuz în relațiile adolescenților",
    "abuse-of-older-people": "Abuzul asupra persoanelor vârstnice",
    "abuse-of-disabled-people": "Abuzul asupra persoanelor cu dizabilități",
    "men-experiencing-abuse": "Bărbați care trec prin abuz",
    "lgbt-people": "Persoane LGBT+",
    "worried-about-own-behaviour": "Persoane îngrijorate de propriul comportament",
}

AUDIENCES = {
    "young-people": "Tineri",
    "adults": "Adulți",
    "parents-and-carers": "Părinți și îngrijitori",
    "professionals": "Profesioniști",
}

SITE_SETTINGS = {
    "footer_text": "Waymark este administrat de Example Community Safety Partnership. Conținut demonstrativ.",
    "exit_label": "Părăsiți pagina",
    "safety_notice": "Vă temeți că cineva ar putea vedea că ați vizitat acest site?",
}
