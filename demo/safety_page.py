"""Demo text of the "Staying safe online" page. Editors can change it all."""

INTRO = (
    "If someone checks your phone, computer or bills, these steps can help you look for support "
    "more safely. No single step is perfect, so use the ones that fit your situation."
)

SECTIONS = [
    (
        "Use a private browsing window",
        "<p>A private window does not keep the pages you visit in your history after you close it. "
        "Open one before you look for help:</p>"
        "<ul>"
        "<li><b>Chrome</b>: tap or click the three dots, then <i>New Incognito window</i> "
        "(Ctrl+Shift+N on a computer).</li>"
        "<li><b>Safari on iPhone</b>: tap the tabs button, then <i>Private</i>. "
        "<b>Safari on Mac</b>: <i>File</i>, then <i>New Private Window</i> (Shift+Command+N).</li>"
        "<li><b>Firefox</b>: open the menu, then <i>New private window</i> (Ctrl+Shift+P).</li>"
        "<li><b>Edge</b>: open the menu, then <i>New InPrivate window</i> (Ctrl+Shift+N).</li>"
        "<li><b>Samsung Internet</b>: tap the tabs button, then <i>Turn on Secret mode</i>.</li>"
        "</ul>"
        "<p>Close the private window when you finish.</p>",
    ),
    (
        "Delete single pages from your history",
        "<p>If you did not use a private window, you can remove just the pages about getting help. "
        "Clearing your whole history can itself make someone suspicious if they usually see it.</p>"
        "<ul>"
        "<li><b>Chrome</b>: open <i>History</i> (Ctrl+H), tick the pages, then <i>Delete</i>.</li>"
        "<li><b>Safari</b>: open <i>History</i>, then <i>Show All History</i>, select the pages "
        "and press Delete. On iPhone, open the bookmarks button, then the clock, and swipe left on a page.</li>"
        "<li><b>Firefox</b>: open <i>History</i>, then <i>Manage history</i>, right-click a page "
        "and choose <i>Delete Page</i>.</li>"
        "<li><b>Edge</b>: open <i>History</i> (Ctrl+H), then the bin icon next to a page.</li>"
        "<li><b>Samsung Internet</b>: open <i>History</i>, press and hold a page, then <i>Delete</i>.</li>"
        "</ul>",
    ),
    (
        "Do not bookmark this site",
        "<p>Bookmarks and saved pages are easy for someone else to find. If you need to come back, "
        "search for the service's name again in a private window, or write the number down somewhere safe.</p>",
    ),
    (
        "Use a safer device if you can",
        "<p>If you think your phone or computer is being checked, use one the other person cannot get to: "
        "a trusted friend's phone, a computer at a library, or one at work.</p>",
    ),
    (
        "Calls and your phone bill",
        "<p>Your phone's call log keeps the numbers you call, and itemised bills can list them. "
        "Some freephone numbers (starting 0800 or 0808) may not appear on a bill, but this depends "
        "on your provider. Each service's page says what its provider has told us. You can delete a "
        "number from your call log, or call from a phone the other person does not see.</p>",
    ),
    (
        "Spyware and tracking",
        "<p>Someone can install apps that show them your messages, calls or location. Signs include "
        "a battery that runs down fast, apps you do not recognise, or the other person knowing things "
        "you did not tell them. Shared accounts and location sharing can show where you are too.</p>"
        "<p>Removing spyware or changing passwords can alert the person who set it up. "
        "Talk to a support service first, from a safer device, about how to do this safely.</p>",
    ),
    (
        "What “Exit this page” does, and does not do",
        "<p>Pressing <i>Exit this page</i>, or pressing the Shift key three times, hides this site at once "
        "and opens a weather page in its place. Pressing Back then goes to the page you were on "
        "before you came here.</p>"
        "<p>It does not delete your history. Your browser still lists the pages you opened here in "
        "its history. Only deleting those pages, or using a private window, removes them. It cannot "
        "hide this site from spyware or from someone watching your screen.</p>",
    ),
]


def body(sections=SECTIONS):
    blocks = []
    for heading, html in sections:
        blocks.append(("heading", heading))
        blocks.append(("text", html))
    return blocks
