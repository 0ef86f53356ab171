//! A small bilingual thesaurus of the themes that come up again and again in
//! workshops about how an organisation works: meetings, video conferences,
//! equipment, files, learning, working time, leadership, citizens' services...
//!
//! Workshop cards are a handful of words, so two cards about the same theme
//! often share no word at all ("Jede Besprechung braucht eine Tagesordnung",
//! "No meeting without an agenda"). A stemmer cannot see that; a thesaurus
//! can, locally and deterministically, without a language model. A theme is
//! one more feature of a card, weighted by how rare it is in the phase like
//! any word, so a theme every card touches counts for nothing.
//!
//! Terms are lower case with umlauts folded (ä → a, ß → ss) and no hyphens.
//! A term matches a word that starts with it ("besprech" matches
//! "Besprechungen"); a term of five letters or more also matches inside a
//! compound ("konferenz" in "Videokonferenzsystem"). A term written `=app`
//! matches only the word itself and its plural-like endings ("app", "apps").

/// A theme: a label to tell it by, and its terms. A proposal is never named
/// after the label: its name comes from the words of its ideas.
pub(super) struct Theme {
    // Read by the tests; for the program it only names the entry.
    #[cfg_attr(not(test), allow(dead_code))]
    pub en: &'static str,
    pub terms: &'static str,
}

pub(super) const THEMES: &[Theme] = &[
    Theme {
        en: "Meetings",
        terms: "besprech meeting sitzung jourfixe tagesordnung agenda protokoll standup moderation \
            =runde beratung gremi teamrunde",
    },
    Theme {
        en: "Video conferences",
        terms: "=video videokonferenz konferenzsystem konferenzraum webex zoom jitsi bigbluebutton \
            webcam kamera camera mikrofon microphone headset =call =calls videocall telefonkonferenz \
            screenshar breakout hybrid audio bandbreite bandwidth",
    },
    Theme {
        en: "Home office and mobile work",
        terms: "homeoffice =home telearbeit heimarbeit remote =mobil mobilarbeit =daheim =hause \
            =zuhause ortsunabhangig",
    },
    Theme {
        en: "Equipment",
        terms: "ausstattung equipment hardware laptop notebook monitor bildschirm =pc =pcs desktop \
            tastatur keyboard =maus =mouse docking drucker printer headset webcam stuhl =chair \
            =chairs schreibtisch =desk diensthandy smartphone =handy tablet gerat device ergonom",
    },
    Theme {
        en: "Files and documents",
        terms: "eakte =akte =akten aktenplan papierakte aktenfuhrung efile =file =files dokument \
            document scann =scan =scans einscann signatur signature unterschrift unterschreib \
            ausdruck =papier =paper papierlos archiv ablage vorgang =dms =post posteingang",
    },
    Theme {
        en: "Onboarding and apprentices",
        terms: "onboarding einarbeit azubi auszubild ausbildung apprentic trainee praktikant =dual \
            dualstud studierende studium nachwuchs berufseinst willkommen welcome patenschaft =pate \
            =paten mentor buddy einstieg",
    },
    Theme {
        en: "Learning and training",
        terms: "fortbild weiterbild schulung training trainings trainer =kurs =kurse kursangebot course \
            seminar lern learn prasenzkurs onlinekurs tutorial anleitung handbuch manual qualifizier \
            kompetenz skill lotse coach wissensaustausch",
    },
    Theme {
        en: "Working time",
        terms: "arbeitszeit gleitzeit kernzeit zeiterfass stempel stechuhr uberstund overtime teilzeit \
            vollzeit parttime flexib viertagewoche =urlaub",
    },
    Theme {
        en: "Employee app and intranet",
        terms: "=app =apps mitarbeiterapp intranet =push pushnachricht newsletter =news umfrage survey \
            telefonbuch mitarbeiterzeitung",
    },
    Theme {
        en: "Internal communication",
        terms: "information informier =info =infos kommunikation communicat =mail =mails email \
            rundschreiben verteiler transparen =chat messenger",
    },
    Theme {
        en: "Leadership",
        terms: "fuhrung fuhrungskr vorgesetzt leitung amtsleit teamleit =chef =chefin =boss manager \
            management",
    },
    Theme {
        en: "Team and collaboration",
        terms: "=team teamtag teamgeist zusammenarbeit collaborat kooperation austausch vernetz hospit \
            kollegial stammtisch celebrat =feier feiern betriebsausflug teambuilding",
    },
    Theme {
        en: "Processes and approvals",
        terms: "prozess process =ablauf ablaufe genehmig approval approv freigabe burokrat formular \
            medienbruch workflow zustandig",
    },
    Theme {
        en: "IT and software",
        terms: "=it software fachverfahren =update =updates absturz absturzt =bug =bugs server netzwerk \
            network wlan wifi internet passwort password login signon =vpn helpdesk =support ticket \
            excel outlook =tool =tools werkzeug",
    },
    Theme {
        en: "Rooms and building",
        terms: "=raum =raume raumtechnik =room =rooms =buro =buros gebaude building etage =stock =floor \
            =flur teekuche kitchen aufzug toilette beleuchtung =klima heizung pflanz =larm noise \
            ruheraum desksharing",
    },
    Theme {
        en: "Canteen and coffee",
        terms: "kantine canteen speiseplan =mensa =essen mittagessen kaffee coffee =lunch",
    },
    Theme {
        en: "Health",
        terms: "gesundheit health rucken sport stress burnout krank =sick erholung betriebsarzt bewegung \
            resilienz",
    },
    Theme {
        en: "Staffing and workload",
        terms: "personalmangel unterbesetz vertretung springer workload belastung uberlast engpass \
            fachkraft =personal",
    },
    Theme {
        en: "Recruiting",
        terms: "recruit bewerb stellenausschreib stellenanzeige ausschreibung vorstellungsgesprach \
            auswahlverfahren applicant =apply applying =hiring =interview =jobs",
    },
    Theme {
        en: "Development and careers",
        terms: "karriere career beforder aufstieg entwicklungsgesprach personalentwicklung perspektive \
            jobrotation =rotation mentoring talent promotion",
    },
    Theme {
        en: "Pay and benefits",
        terms: "gehalt salary =pay bezahlung entgelt tarif eingruppier besoldung vergutung zulage =bonus \
            pramie benefit jobticket jobrad dienstrad =leasing zuschuss altersvorsorge =rente =grade \
            =grades",
    },
    Theme {
        en: "Family and work-life balance",
        terms: "familie family vereinbar =kita =kitas kinderbetreu ferienbetreu =kind =kinder =eltern \
            elternzeit parent childcare pflegende pflegezeit angehorig worklife sabbatical teilzeit",
    },
    Theme {
        en: "Employer image",
        terms: "=image imagefilm arbeitgebermarke employer branding socialmedia instagram tiktok \
            linkedin facebook youtube karriereseite jobmesse karrieremesse botschafter kampagne \
            =werbung sichtbar",
    },
    Theme {
        en: "Culture and appreciation",
        terms: "feedback fehlerkultur wertschatz anerkennung appreciat =lob vertrauen =trust =kultur \
            =culture respekt",
    },
    Theme {
        en: "Knowledge and documentation",
        terms: "=wiki wissensmanagement wissensdatenbank dokumentation knowledge =faq =faqs",
    },
    Theme {
        en: "Citizens' services",
        terms: "burger citizen =kunde =kunden customer antrag beantrag =termin =termine terminverg \
            terminbuch appointment =booking buchung =warten wartebereich wartezeit wartenummer \
            warteschlange waiting schalter =counter dienstleist onlinedienst barrierefrei \
            leichtesprache",
    },
    Theme {
        en: "Data protection and security",
        terms: "datenschutz privacy dsgvo =gdpr sicherheit security verschlussel encrypt",
    },
    Theme {
        en: "Sustainability and mobility",
        terms: "nachhaltig sustainab klimaschutz energie =strom papierverbrauch fahrrad =bike jobticket \
            opnv parkplatz parking dienstwagen",
    },
];

/// Whether `term` (from [`THEMES`]) matches a folded word.
pub(super) fn matches(term: &str, word: &str) -> bool {
    if let Some(exact) = term.strip_prefix('=') {
        return word
            .strip_prefix(exact)
            .is_some_and(|ending| matches!(ending, "" | "s" | "e" | "n" | "en" | "es" | "er"));
    }
    word.starts_with(term) || (term.chars().count() >= 5 && word.contains(term))
}

/// The themes a folded word belongs to, as indices into [`THEMES`].
pub(super) fn themes_of(word: &str) -> Vec<usize> {
    THEMES
        .iter()
        .enumerate()
        .filter(|(_, theme)| theme.terms.split_whitespace().any(|term| matches(term, word)))
        .map(|(index, _)| index)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_folded_lower_case() {
        for theme in THEMES {
            let name = theme.en;
            for term in theme.terms.split_whitespace() {
                let bare = term.trim_start_matches('=');
                assert!(
                    bare.chars().all(|c| c.is_ascii_lowercase()),
                    "{name}: {term:?} must be folded lower-case letters"
                );
                assert!(bare.len() >= 2, "{name}: {term:?} is too short");
            }
        }
    }

    #[test]
    fn prefixes_compounds_and_exact_words() {
        assert!(matches("besprech", "besprechungen"));
        assert!(matches("konferenz", "videokonferenzsystem"));
        // Short terms only match at the start of a word.
        assert!(!matches("lern", "kennenlernen"));
        assert!(matches("=app", "apps"));
        assert!(!matches("=app", "appell"));
        assert!(!matches("=app", "mappe"));
    }

    #[test]
    fn words_find_their_themes() {
        let theme = |word| -> Vec<&str> { themes_of(word).into_iter().map(|i| THEMES[i].en).collect() };
        assert_eq!(theme("tagesordnung"), ["Meetings"]);
        assert_eq!(theme("videokonferenzen"), ["Video conferences"]);
        assert!(theme("headsets").contains(&"Equipment"));
        assert!(theme("willkommensmappe").contains(&"Onboarding and apprentices"));
        assert!(theme("kontakte").is_empty());
    }
}
