//! Senses of trigger words that are no political event, told apart by the
//! words the parse attaches to them: markets ("shares declined 3 percent",
//! "Chinese demand for copper", "a strike price"), games ("beat Alvarez in
//! the second round", "a shot at the title", "withdrew from the squad") and
//! jobs ("signed a three-year contract", "the board was fired").

use std::ops::Range;

use super::arguments::Tree;
use crate::document::{EntityType, Upos};

/// What markets trade and measure.
const MARKET_NOUNS: &[&str] = &[
    "share",
    "stock",
    "price",
    "bond",
    "index",
    "currency",
    "dollar",
    "yen",
    "mark",
    "franc",
    "pound",
    "sterling",
    "rate",
    "export",
    "import",
    "sale",
    "profit",
    "earnings",
    "output",
    "production",
    "yield",
    "future",
    "market",
    "bourse",
    "exchange",
    "gold",
    "silver",
    "copper",
    "oil",
    "crude",
    "coffee",
    "tea",
    "wheat",
    "maize",
    "corn",
    "cotton",
    "sugar",
    "cocoa",
    "metal",
    "commodity",
    "deficit",
    "surplus",
    "inflation",
    "revenue",
    "turnover",
    "volume",
    "trading",
    "supply",
    "consumption",
    "premium",
    "spread",
    "option",
    "contract",
    "investor",
    "dealer",
    "trader",
    "equity",
    "asset",
    "fund",
    "loan",
    "debt",
    "treasury",
    "bund",
    "gilt",
    "peso",
    "rand",
    "shilling",
    "rupee",
    "rouble",
    "ruble",
    "lira",
    "kwacha",
    "naira",
    "hog",
    "cattle",
    "pork",
    "beef",
    "livestock",
    "grain",
    "soybean",
    "barley",
    "rice",
    "rubber",
    "steel",
    "aluminium",
    "aluminum",
    "nickel",
    "zinc",
    "gasoline",
    "fuel",
    "cedi",
];

/// Verbs of a market's moves.
const MOVES: &[&str] = &[
    "decline",
    "ease",
    "fall",
    "rise",
    "drop",
    "slip",
    "gain",
    "lock",
    "pull",
    "recover",
    "rally",
    "weaken",
    "strengthen",
    "firm",
    "retreat",
    "advance",
    "surge",
    "plunge",
    "tumble",
    "climb",
    "jump",
    "soar",
    "support",
    "find",
    "close",
    "end",
    "lose",
    "hold",
    "steady",
    "stabilise",
    "stabilize",
    "rebound",
    "slump",
    "sink",
];

/// Units of a game that is played, won or left.
const GAMES: &[&str] = &[
    "round",
    "final",
    "semifinal",
    "semi-final",
    "quarterfinal",
    "quarter-final",
    "match",
    "game",
    "title",
    "championship",
    "tournament",
    "race",
    "bout",
    "league",
    "cup",
    "squad",
    "competition",
    "contest",
    "fixture",
    "playoff",
    "play-off",
    "medal",
];

/// Sides of a game or a race, whom one beats in play ("beat a two-seeded
/// Creighton team").
const SIDES: &[&str] = &[
    "team",
    "side",
    "club",
    "opponent",
    "rival",
    "champion",
    "seed",
    "favourite",
    "favorite",
];

/// Event nouns with a market sense ("demand for copper", "a strike price",
/// "the offers from sellers", "buying pressure").
const MARKET_SENSE_NOUNS: &[&str] = &[
    "demand", "support", "offer", "strike", "pressure", "release",
];

impl Tree<'_> {
    /// Whether the trigger at `trigger` is used in a market's, a game's or a
    /// job's sense, or another sense that is no event ("a heart attack", "a
    /// storm of protest", "little conviction").
    pub fn other_sense(&self, trigger: Range<usize>) -> bool {
        let k = self.head_of(trigger);
        self.market_sense(k) || self.game_sense(k) || self.ordinary_sense(k) || self.weapon_found(k)
    }

    /// The lemmas of `k`'s dependents by the relations `rels`.
    fn dependents(&self, k: usize, rels: &[&str]) -> Vec<String> {
        self.children(k)
            .iter()
            .filter(|&&c| rels.contains(&self.full_deprel(c)))
            .map(|&c| self.lemma(c))
            .collect()
    }

    /// Whether the subject of the verb at `k` names a state, a people or
    /// a body ("Kenya rejected the settlement", "the Kavala Front rejected
    /// the offer"), whose acceptances and signings are political acts.
    fn subject_is_actor(&self, k: usize) -> bool {
        self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "nsubj"
                && self.names(c, &[EntityType::Gpe, EntityType::Norp, EntityType::Org])
        })
    }

    /// Whether the verb at `k` is fought in or against a place or a body
    /// ("fought in Vietnam for the nation's rights").
    fn in_war(&self, k: usize) -> bool {
        self.children(k).iter().any(|&c| {
            self.deprel(c) == "obl"
                && matches!(self.case(c).as_deref(), Some("in" | "against"))
                && self.names(
                    c,
                    &[
                        EntityType::Gpe,
                        EntityType::Loc,
                        EntityType::Norp,
                        EntityType::Org,
                    ],
                )
        })
    }

    /// Whether token `k` is in a mention of a person.
    fn names_person(&self, k: usize) -> bool {
        self.names(k, &[EntityType::Person])
    }

    /// Whether token `k` is in a mention of an entity of one of `types`.
    fn names(&self, k: usize, types: &[EntityType]) -> bool {
        let span = self.doc.tokens[k].span;
        self.doc
            .entities
            .iter()
            .any(|e| types.contains(&e.etype) && e.mentions.iter().any(|m| m.span.contains(&span)))
    }

    /// Whether the word at `k` is "held" of people kept captive ("The rebels
    /// are holding four missionaries", "were held in a prison", "held
    /// without charge"), not "held talks" or "held the post". "Holding them
    /// hostage" is the hostage trigger's.
    pub fn holds_captive(&self, k: usize) -> bool {
        if self.lemma(k) != "hold" || self.doc.tokens[k].upos != Some(Upos::Verb) {
            return false;
        }
        let hostage = (k + 1..(k + 5).min(self.sentence.end))
            .any(|j| matches!(self.word(j).as_str(), "hostage" | "hostages"));
        let confined = self.children(k).iter().any(|&c| {
            self.deprel(c) == "obl"
                && match self.case(c).as_deref() {
                    Some("in" | "at") => PLACES_OF_CONFINEMENT.contains(&self.lemma(c).as_str()),
                    Some("without") => {
                        matches!(self.lemma(c).as_str(), "charge" | "trial" | "bail" | "bond")
                    }
                    _ => false,
                }
        });
        let captives = self.children(k).iter().any(|&c| {
            matches!(self.full_deprel(c), "obj" | "nsubj:pass")
                && CAPTIVES.contains(&self.lemma(c).as_str())
        });
        // "held back reporters", "held him in contempt of Congress".
        let other = self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "compound:prt"
                || (self.deprel(c) == "obl" && self.lemma(c) == "contempt")
        });
        !hostage && !other && (confined || captives)
    }

    /// Whether the "blocked" at `trigger` stops a measure ("India blocked the
    /// treaty", "the bill was blocked"): a rejection, not a blockade.
    pub fn blocks_a_measure(&self, trigger: Range<usize>) -> bool {
        let k = self.head_of(trigger);
        self.lemma(k) == "block"
            && self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| MEASURES.contains(&o.as_str()))
    }

    /// Whether the noun at `k` is an explosion of something that leaks ("a
    /// gas explosion"), an accident rather than a bomb.
    pub(super) fn is_leak(&self, k: usize) -> bool {
        matches!(self.lemma(k).as_str(), "explosion" | "blast")
            && self.children(k).iter().any(|&m| {
                matches!(self.deprel(m), "compound" | "amod")
                    && LEAKS.contains(&self.lemma(m).as_str())
            })
    }

    /// Whether the noun at `k` is measured as a share of voters or of a
    /// poll: "36 percent support", "majority support", "support among
    /// Latino voters", "support of 31 percent", "a lower level of support".
    fn poll_share(&self, k: usize) -> bool {
        let share = |j: usize| {
            matches!(
                self.lemma(j).as_str(),
                "percent" | "%" | "majority" | "plurality" | "point"
            )
        };
        let measured = self.children(k).iter().any(|&c| match self.deprel(c) {
            "compound" | "amod" | "nummod" => share(c),
            "nmod" => match self.case(c).as_deref() {
                Some("among") => true,
                Some("of") => share(c),
                _ => false,
            },
            _ => false,
        });
        let level = self.case(k).as_deref() == Some("of")
            && self.head(k).is_some_and(|h| {
                matches!(
                    self.lemma(h).as_str(),
                    "level" | "share" | "percentage" | "erosion" | "margin"
                )
            });
        measured || level
    }

    fn is_noun(&self, k: usize) -> bool {
        self.doc.tokens[k].upos == Some(Upos::Noun)
    }

    /// "Shares declined 3 percent", "Copper prices eased", "Chinese demand
    /// for copper", "a strike price", "released its half-year figures",
    /// "offers to sell gold", "find support at $5.12".
    fn market_sense(&self, k: usize) -> bool {
        let lemma = self.lemma(k);
        let market = |w: &String| MARKET_NOUNS.contains(&w.as_str());
        // "Demand for hogs was steady", however parsed.
        let demand_for = self.word(k) == "demand"
            && k + 2 < self.sentence.end
            && self.word(k + 1) == "for"
            && market(&self.lemma(k + 2));
        if demand_for {
            return true;
        }
        // A common noun in lower case, not a body's name ("The Treasury
        // eased sanctions", "the Fund supported the plan").
        let market_subject = self.children(k).iter().any(|&c| {
            matches!(self.full_deprel(c), "nsubj" | "nsubj:pass")
                && self.doc.tokens[c].upos == Some(Upos::Noun)
                && self
                    .doc
                    .slice(self.doc.tokens[c].span)
                    .starts_with(char::is_lowercase)
                && market(&self.lemma(c))
        });
        // "Copper prices eased", parsed as a participle on "prices".
        let on_market =
            self.deprel(k) == "acl" && self.head(k).is_some_and(|h| market(&self.lemma(h)));
        // "eased sanctions": a move made on something, not a market's.
        let acts_on = self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "obj"
                && !market(&self.lemma(c))
                && !matches!(self.lemma(c).as_str(), "percent" | "%" | "point")
                && self.doc.tokens[c].upos != Some(Upos::Num)
        });
        if MOVES.contains(&lemma.as_str()) && (market_subject || on_market) && !acts_on {
            return true;
        }
        if FALLS.contains(&lemma.as_str()) && self.by_figure(k) && !self.is_noun(k) {
            return true;
        }
        // "released its first half figures", "a letter released to the press".
        let released = self.dependents(k, &["obj", "nmod", "nsubj:pass"]);
        let released_on = (self.deprel(k) == "acl").then(|| self.head(k)).flatten();
        if lemma == "release"
            && (released
                .iter()
                .any(|w| RELEASED_THINGS.contains(&w.as_str()))
                || released_on.is_some_and(|h| RELEASED_THINGS.contains(&self.lemma(h).as_str())))
        {
            return true;
        }
        // "offers to sell gold", "offered 40 percent of the shares".
        // Of what markets trade only: not "offered to buy weapons" nor "40
        // percent of the seats".
        let traded = |c: usize| {
            self.children(c)
                .iter()
                .any(|&o| matches!(self.deprel(o), "obj" | "nmod") && market(&self.lemma(o)))
        };
        let trades = self.children(k).iter().any(|&c| {
            matches!(self.deprel(c), "acl" | "xcomp")
                && matches!(self.lemma(c).as_str(), "sell" | "buy" | "purchase")
                && traded(c)
        });
        let stake = self.children(k).iter().any(|&c| {
            matches!(self.full_deprel(c), "obj" | "nsubj:pass")
                && (matches!(self.lemma(c).as_str(), "stake" | "share")
                    || (matches!(self.lemma(c).as_str(), "percent" | "%") && traded(c)))
        });
        if matches!(lemma.as_str(), "offer" | "seek") && (trades || stake) {
            return true;
        }
        // "locked in a $386 - $389 range".
        if matches!(lemma.as_str(), "lock" | "trap")
            && self.dependents(k, &["obl"]).iter().any(|w| w == "range")
        {
            return true;
        }
        self.is_noun(k) && MARKET_SENSE_NOUNS.contains(&lemma.as_str()) && self.market_noun(k)
    }

    /// Whether the event noun at `k` is about a market: "Chinese demand for
    /// copper", "rising demand", "there was still demand", "a strike price",
    /// "support at $5.12".
    fn market_noun(&self, k: usize) -> bool {
        let market = |w: &String| MARKET_NOUNS.contains(&w.as_str());
        let modifiers = self.dependents(k, &["nmod", "compound", "amod"]);
        let on_market_noun =
            self.deprel(k) == "compound" && self.head(k).is_some_and(|h| market(&self.lemma(h)));
        // "rising demand", not "strong support for the rebels".
        let economic = matches!(self.word(k).as_str(), "demand" | "offers" | "offer")
            && modifiers
                .iter()
                .any(|w| ECONOMIC_ADJECTIVES.contains(&w.as_str()));
        // "demand" with no article, possessor or number: an amount, not a
        // demand made ("there was still demand").
        let determiner_before = k > self.sentence.start
            && matches!(
                self.doc.tokens[k - 1].upos,
                Some(Upos::Det | Upos::Pron | Upos::Num)
            );
        let bare = self.word(k) == "demand"
            && !determiner_before
            && self
                .children(k)
                .iter()
                .all(|&c| !matches!(self.deprel(c), "det" | "nmod:poss" | "nummod"));
        let priced = self.children(k).iter().any(|&c| {
            self.deprel(c) == "nmod"
                && matches!(self.case(c).as_deref(), Some("at" | "around" | "near"))
                && (self.doc.tokens[c].upos == Some(Upos::Num)
                    || self.children(c).iter().any(|&n| self.word(n) == "$"))
        });
        modifiers.iter().any(market) || on_market_noun || economic || bare || priced
    }

    /// Whether `k` has a figure as its measure: "declined 3 percent", "fell
    /// to 94.50", "eased by two points"; not "supported it in 1972".
    fn by_figure(&self, k: usize) -> bool {
        self.children(k).iter().any(|&c| {
            let figure = matches!(self.lemma(c).as_str(), "percent" | "%" | "point" | "cent")
                || self.doc.tokens[c].upos == Some(Upos::Num);
            let measure = match self.full_deprel(c) {
                "obj" | "obl:npmod" => true,
                "obl" => matches!(self.case(c).as_deref(), Some("to" | "by" | "from")),
                _ => false,
            };
            figure && measure
        })
    }

    /// "beat Alvarez in the second round", "beat Nicol 15-10 8-15",
    /// "another shot at the world title", "withdrew from the squad", "signed
    /// a three-year contract", "the board was fired".
    fn game_sense(&self, k: usize) -> bool {
        let lemma = self.lemma(k);
        let game = |w: &String| GAMES.contains(&w.as_str());
        let played = matches!(
            lemma.as_str(),
            "beat" | "fight" | "defeat" | "shot" | "withdraw" | "pull"
        );
        if played && self.dependents(k, &["obl", "nmod"]).iter().any(game) {
            return true;
        }
        // "beat a two-seeded Creighton team", "defeated their rivals".
        let won = matches!(lemma.as_str(), "beat" | "defeat")
            && self
                .dependents(k, &["obj"])
                .iter()
                .any(|w| SIDES.contains(&w.as_str()) || game(w));
        if won {
            return true;
        }
        // A score after it ("15-10"), or a title a few words on.
        let after: Vec<usize> = (k + 1..(k + 6).min(self.sentence.end)).collect();
        let score = after.iter().any(|&j| {
            let w = self.word(j);
            w.split_once('-').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.chars().all(|c| c.is_ascii_digit())
                    && b.chars().all(|c| c.is_ascii_digit())
            })
        });
        let title_ahead = after.iter().any(|&j| game(&self.lemma(j)));
        if (lemma == "beat" && score) || (lemma == "shot" && self.is_noun(k) && title_ahead) {
            return true;
        }
        let objects = self.dependents(k, &["obj"]);
        // Of a player or worker, not "Russia signed a $2 billion contract".
        let player = self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "nsubj"
                && (self.doc.tokens[c].upos == Some(Upos::Noun) || self.names_person(c))
        });
        if lemma == "sign" && player && objects.iter().any(|o| o == "contract") {
            return true;
        }
        let subjects = self.dependents(k, &["nsubj", "nsubj:pass"]);
        lemma == "fire" && subjects.iter().any(|s| STAFF.contains(&s.as_str()))
    }

    /// "A gas explosion", "heart attacks", "a storm of protest", "little
    /// conviction".
    fn ordinary_sense(&self, k: usize) -> bool {
        let lemma = self.lemma(k);
        let modifiers = self.dependents(k, &["compound", "amod", "det"]);
        let has = |list: &[&str]| modifiers.iter().any(|w| list.contains(&w.as_str()));
        match lemma.as_str() {
            "explosion" | "blast" => self.is_leak(k),
            // "heart attacks"; "attack the fastest growing segment", a
            // market or a problem taken on.
            // "attack ads", "a lead attack dog": a campaign's words.
            "attack" => {
                has(&["heart", "panic", "asthma", "anxiety"])
                    || (k + 1 < self.sentence.end
                        && ATTACK_WORDS.contains(&self.word(k + 1).as_str()))
                    || (!self.is_noun(k)
                        && self
                            .dependents(k, &["obj"])
                            .iter()
                            .any(|o| TACKLED.contains(&o.as_str())))
            }
            // "was not returning calls on Tuesday": telephone calls.
            "call" if self.is_noun(k) || self.word(k) == "calls" => {
                let returned = k > self.sentence.start
                    && matches!(
                        self.lemma(k - 1).as_str(),
                        "return" | "returning" | "unreturned" | "phone" | "telephone"
                    );
                // "did not return a call".
                let returned = returned
                    || (self.full_deprel(k) == "obj"
                        && self.head(k).is_some_and(|h| self.lemma(h) == "return"));
                let dated = k + 2 < self.sentence.end
                    && self.word(k + 1) == "on"
                    && super::dates::weekday(&self.word(k + 2)).is_some();
                returned || dated
            }
            // "character assassination".
            "assassination" => has(&["character"]),
            // "the F-bombing spin doctor": swearing.
            "bombing" | "bomb" => {
                k >= self.sentence.start + 2 && self.word(k - 1) == "-" && self.word(k - 2) == "f"
            }
            // "offensive content", "offensive remarks"; not "offensive
            // operations" nor "a renewed offensive".
            "offensive" => {
                self.deprel(k) == "amod"
                    && self
                        .head(k)
                        .is_some_and(|h| !MILITARY_NOUNS.contains(&self.lemma(h).as_str()))
            }
            // "a complex set of faults", "the fault line": geology; the verb
            // ("Kamau faults the plan") blames.
            "fault" => {
                self.is_noun(k)
                    && (self.word(k).ends_with('s')
                        || self.head(k).is_some_and(|h| {
                            self.deprel(k) == "compound"
                                && matches!(self.lemma(h).as_str(), "line" | "zone")
                        }))
            }
            // "poses an unusual and extraordinary threat", "is a threat to
            // peace": a danger weighed, no threat made.
            "threat" if self.is_noun(k) => {
                let posed = self.full_deprel(k) == "obj"
                    && self.head(k).is_some_and(|h| {
                        matches!(self.lemma(h).as_str(), "pose" | "represent" | "constitute")
                    });
                posed || self.children(k).iter().any(|&c| self.deprel(c) == "cop")
            }
            // "hosts a popular weekly radio show".
            "host" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| HOSTED_SHOWS.contains(&o.as_str())),
            // "executed a boarding-and-search action": carried out, no one
            // put to death.
            "execute" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| EXECUTED_PLANS.contains(&o.as_str())),
            // "warned of the global implications": a danger foreseen, no
            // threat made.
            "warn" => self.children(k).iter().any(|&c| {
                self.deprel(c) == "obl"
                    && matches!(self.case(c).as_deref(), Some("of" | "about"))
                    && FORESEEN.contains(&self.lemma(c).as_str())
            }),
            // "a stronger negotiating position", however parsed.
            "negotiate"
                if self.word(k) == "negotiating"
                    && k + 1 < self.sentence.end
                    && BARGAINING.contains(&self.word(k + 1).as_str()) =>
            {
                true
            }
            // "shooting a remake", "shot a music video": filming.
            "shoot" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| FILMED.contains(&o.as_str())),
            // "seize this moment", "seized the initiative", "seized on the
            // message" (taken up in words).
            "seize" => {
                self.dependents(k, &["obj", "nsubj:pass"])
                    .iter()
                    .any(|o| CHANCES.contains(&o.as_str()))
                    // "seize the high ground on health care", "the moral
                    // high ground".
                    || self.children(k).iter().any(|&c| {
                        self.full_deprel(c) == "obj"
                            && self.lemma(c) == "ground"
                            && self.dependents(c, &["amod"]).iter().any(|m| m == "high")
                    })
                    || (self.dependents(k, &["obj"]).is_empty()
                        && self.children(k).iter().any(|&c| {
                            self.deprel(c) == "obl"
                                && matches!(self.case(c).as_deref(), Some("on" | "upon"))
                                && super::dates::weekday(&self.word(c)).is_none()
                        }))
            }
            // "a storm of protest", "the Ruritanian storm": weather or a
            // figure of speech; storming a place is the verb, also when the
            // tagger reads it as a noun ("Police storm Kisumu mosque").
            "storm" => {
                self.is_noun(k)
                    && self.children(k).iter().any(|&c| {
                        matches!(self.deprel(c), "det" | "amod" | "nmod" | "compound")
                            || self.full_deprel(c) == "nmod:poss"
                    })
            }
            "conviction" => has(&[
                "little", "enough", "much", "more", "no", "great", "some", "less",
            ]),
            // "hefty depreciation charges".
            "charge" => has(FEES),
            // "36 percent support", "strong majority support among Latino
            // voters", "a lower level of support": a poll's figure.
            // "includes USB 3.0 support", "includes support for small
            // farms", "lacks support from his colleagues": a feature, a
            // provision or a want, no backing given.
            "support" | "backing" if self.is_noun(k) => {
                let featured = self.full_deprel(k) == "obj"
                    && self.head(k).is_some_and(|h| {
                        matches!(
                            self.lemma(h).as_str(),
                            "include" | "feature" | "lack" | "add"
                        )
                    });
                // "no means of support", "proof to support the speculation"
                // (below, for the verb).
                let means = self.case(k).as_deref() == Some("of")
                    && self.head(k).is_some_and(|h| self.lemma(h) == "means");
                // "technical support", "child support": a service or a
                // payment.
                self.poll_share(k) || featured || means || has(SUPPORT_SERVICES)
            }
            // "no proof to support the speculation", "supported by tanks and
            // artillery": a view borne out or arms alongside, no backing.
            "support" => {
                let view = self
                    .dependents(k, &["obj", "nsubj:pass"])
                    .iter()
                    .any(|o| VIEWS.contains(&o.as_str()) || SURMISES.contains(&o.as_str()));
                let arms = self.children(k).iter().any(|&c| {
                    self.deprel(c) == "obl"
                        && self.case(c).as_deref() == Some("by")
                        && WEAPONRY.contains(&self.lemma(c).as_str())
                });
                view || arms
            }
            // "Most Americans agree that ...", "I agree with you", "Others
            // largely agree": an opinion shared, no agreement made ("agreed
            // to lend", "agreed on a ceasefire", "agreed a deal", "it was
            // agreed with Yeltsin").
            "agree" if !self.is_noun(k) => {
                let committed = self.children(k).iter().any(|&c| {
                    matches!(
                        self.full_deprel(c),
                        "xcomp" | "obj" | "aux:pass" | "nsubj:pass"
                    ) || (self.deprel(c) == "obl"
                        && matches!(self.case(c).as_deref(), Some("on" | "to" | "upon")))
                });
                // "agreed at the weekend to slash spending", however parsed.
                let to_do = (k + 1..(k + 6).min(self.sentence.end - 1)).any(|j| {
                    self.word(j) == "to" && self.doc.tokens[j + 1].upos == Some(Upos::Verb)
                });
                !committed && !to_do
            }
            // "threatened species", "key fighting forces".
            // Before its noun, with no object: not "Algeria, fighting a
            // vicious war", nor "troops fought gunbattles" misread so.
            _ if matches!(self.deprel(k), "amod" | "compound")
                && self.head(k).is_some_and(|h| h > k)
                && self.dependents(k, &["obj"]).is_empty()
                && (lemma != "fight" || self.word(k).ends_with("ing"))
                && (lemma != "pledge" || self.word(k).ends_with("ed"))
                && DESCRIBING_PARTICIPLES.contains(&lemma.as_str()) =>
            {
                true
            }
            // "fighting a food-poisoning outbreak", "Fighting accusations of
            // holding up the bailout", "battling Kamau for the nomination".
            // "fought for the rights of farmers", "the primary battle": a
            // cause or a contest, no force.
            "fight" | "combat" | "battle" => {
                self.dependents(k, &["obj"]).iter().any(|o| {
                    AILMENTS.contains(&o.as_str())
                        || matches!(o.as_str(), "accusation" | "allegation" | "charge" | "claim")
                }) || (self.is_noun(k)
                    // "her battle against heart problems and malaria",
                    // however parsed.
                    && k + 1 < self.sentence.end
                    && matches!(self.word(k + 1).as_str(), "against" | "with")
                    && (k + 2..(k + 5).min(self.sentence.end))
                        .take_while(|&j| self.doc.tokens[j].upos != Some(Upos::Punct))
                        .any(|j| AILMENTS.contains(&self.lemma(j).as_str())))
                    || self.children(k).iter().any(|&c| {
                    matches!(self.deprel(c), "obl" | "nmod")
                        && self.case(c).as_deref() == Some("for")
                        && (CONTESTS.contains(&self.lemma(c).as_str())
                            || (CAUSES.contains(&self.lemma(c).as_str()) && !self.in_war(k)))
                }) || (self.is_noun(k) && has(CONTEST_KINDS))
                    // "her battle with Sanders": a rivalry between people.
                    || (lemma == "battle"
                        && self.is_noun(k)
                        && self.children(k).iter().any(|&c| {
                            self.deprel(c) == "nmod"
                                && matches!(self.case(c).as_deref(), Some("with" | "against"))
                                && self.names_person(c)
                        }))
            }
            // "pounded his rival on the tax issue": words, no blows.
            "pound" | "hammer" | "bash" | "batter" => {
                let on_issue = |h: usize| {
                    self.children(h).iter().any(|&c| {
                        matches!(self.deprel(c), "obl" | "nmod")
                            && self.case(c).as_deref() == Some("on")
                            && ISSUES.contains(&self.lemma(c).as_str())
                    })
                };
                // The parse may hang the issue on the one pounded.
                on_issue(k)
                    || self
                        .children(k)
                        .iter()
                        .any(|&o| self.full_deprel(o) == "obj" && on_issue(o))
            }
            // "held a rally in Ostrava" by a candidate, "a campaign rally",
            // "a rally with Osei": a campaign's meeting, no protest; "rally
            // behind Osei": support.
            "rally" => {
                let campaign = has(&[
                    "campaign",
                    "election",
                    "victory",
                    "fundraising",
                    "political",
                ]);
                // "held a rally", "told a rally that ...".
                let held_by_person = matches!(self.full_deprel(k), "obj" | "iobj")
                    && self.head(k).is_some_and(|h| {
                        self.children(h)
                            .iter()
                            .any(|&c| self.deprel(c) == "nsubj" && self.names_person(c))
                    });
                // "Trump rallies", "his rallies".
                let with_person = self.children(k).iter().any(|&c| {
                    let held_by = (self.deprel(c) == "compound"
                        || self.full_deprel(c) == "nmod:poss")
                        && (self.names_person(c) || matches!(self.word(c).as_str(), "his" | "her"));
                    let held_with = self.deprel(c) == "nmod"
                        && self.case(c).as_deref() == Some("with")
                        && self.names_person(c);
                    held_by || held_with
                });
                let behind = !self.is_noun(k)
                    && self.children(k).iter().any(|&c| {
                        self.deprel(c) == "obl"
                            && matches!(self.case(c).as_deref(), Some("behind" | "around"))
                    });
                campaign || held_by_person || with_person || behind
            }
            // "a news release", "said in a release": a statement. A release
            // frees someone: "the release of the hostages", "his release".
            "release" if self.is_noun(k) => !self.children(k).iter().any(|&c| {
                self.full_deprel(c) == "nmod:poss"
                    || (self.deprel(c) == "nmod" && self.case(c).as_deref() == Some("of"))
                    || (self.deprel(c) == "compound" && CAPTIVES.contains(&self.lemma(c).as_str()))
            }),
            // "Released 2013-09-28 05:08:35 GMT": a dateline, no one freed.
            "release"
                if self.word(k) == "released"
                    && k == self.sentence.start
                    && self
                        .doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.upos == Some(Upos::Num)) =>
            {
                true
            }
            // "take job growth for granted".
            "grant" if k > self.sentence.start && self.word(k - 1) == "for" => true,
            // "gave fresh impetus", "delivered three rulings".
            // "a major address Kamau gave in Ostrava": the word is the
            // relative clause's noun.
            "give" | "provide" | "deliver" | "supply" | "grant" => {
                self.dependents(k, &["obj", "nsubj:pass"])
                    .iter()
                    .any(|o| GIVEN_WORDS.contains(&o.as_str()))
                    || (self.full_deprel(k) == "acl:relcl"
                        && self
                            .head(k)
                            .is_some_and(|h| GIVEN_WORDS.contains(&self.lemma(h).as_str())))
            }
            // "destroyed 34,000 emails".
            "destroy" | "damage" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| DESTROYED_RECORDS.contains(&o.as_str())),
            // "engaged in a group hug".
            // "engaged in a tough re-election campaign", not "a campaign of
            // bombings" or one against someone.
            "engage" => self.children(k).iter().any(|&c| {
                let electoral = self.lemma(c) == "campaign"
                    && !self.children(c).iter().any(|&m| {
                        self.deprel(m) == "nmod"
                            && matches!(self.case(m).as_deref(), Some("of" | "against"))
                    });
                self.deprel(c) == "obl"
                    && self.case(c).as_deref() == Some("in")
                    && (ENGAGEMENTS.contains(&self.lemma(c).as_str()) || electoral)
            }),
            // "A photographer captured a small figure".
            // "a screen image captured by Outsports.com".
            "capture" => {
                self.dependents(k, &["nsubj"])
                    .iter()
                    .any(|s| PICTURE_TAKERS.contains(&s.as_str()))
                    || self
                        .dependents(k, &["obj", "nsubj:pass"])
                        .iter()
                        .chain(
                            (self.deprel(k) == "acl")
                                .then(|| self.head(k))
                                .flatten()
                                .map(|h| self.lemma(h))
                                .iter(),
                        )
                        .any(|o| PICTURES.contains(&o.as_str()))
            }
            // "A not guilty plea was entered".
            "plea" => self
                .dependents(k, &["amod", "compound"])
                .iter()
                .any(|m| matches!(m.as_str(), "guilty" | "innocent")),
            // "pressing their advantage".
            "press" => self
                .dependents(k, &["obj"])
                .iter()
                .any(|o| o == "advantage"),
            // "Contributing: Grant Miller": a byline.
            "contribute"
                if k == self.sentence.start
                    && k + 1 < self.sentence.end
                    && self.word(k + 1) == ":" =>
            {
                true
            }
            // "Tom Kamau contributed." (a byline), not "Japan also
            // contributed".
            "contribute"
                if self.children(k).iter().all(|&c| {
                    matches!(self.deprel(c), "punct")
                        || (self.deprel(c) == "nsubj" && self.names_person(c))
                }) && self.children(k).iter().any(|&c| self.deprel(c) == "nsubj") =>
            {
                true
            }
            // "evacuated its staff from Kisumu": its own people, no aid.
            "evacuate" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| OWN_PEOPLE.contains(&o.as_str())),
            // "who requested anonymity", "pleaded that he was trying",
            // "pleaded guilty".
            "request" | "ask" => self
                .dependents(k, &["obj"])
                .iter()
                .any(|o| o == "anonymity"),
            "plead" => {
                !self.dependents(k, &["ccomp"]).is_empty()
                    || self
                        .dependents(k, &["xcomp", "obj", "advmod"])
                        .iter()
                        .any(|o| o == "guilty" || o == "innocent")
            }
            // "Long-shot candidate Martin O'Malley".
            "shot"
                if k >= self.sentence.start + 2
                    && self.word(k - 1) == "-"
                    && matches!(self.word(k - 2).as_str(), "long" | "big") =>
            {
                true
            }
            // "a first stab at rewriting the laws", "a shot in the arm".
            "stab" | "shot" if self.is_noun(k) => {
                let made = self.full_deprel(k) == "obj"
                    && self
                        .head(k)
                        .is_some_and(|h| matches!(self.lemma(h).as_str(), "make" | "have"));
                // At doing something, not "fired a shot at an employee".
                let aimed = self.children(k).iter().any(|&c| {
                    self.deprel(c) == "nmod"
                        && self.case(c).as_deref() == Some("at")
                        && self.doc.tokens[c].upos == Some(Upos::Verb)
                });
                let arm = self.dependents(k, &["nmod"]).iter().any(|n| n == "arm");
                made || aimed || arm
            }
            // "the workforce would be mobilised".
            "mobilise" | "mobilize" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| RESOURCES.contains(&o.as_str())),
            // "took control of the ministry's budget".
            "take" => self.children(k).iter().any(|&c| {
                self.deprel(c) == "obj"
                    && self.lemma(c) == "control"
                    && self
                        .dependents(c, &["nmod"])
                        .iter()
                        .any(|n| BUSINESS.contains(&n.as_str()))
            }),
            // "chose to accept the offer", "rejected the settlement".
            // An offer or bid is a deal's only when nothing says what it
            // offers or whose it is ("a fresh offer from Afghanistan for
            // direct talks" is a state's).
            "accept" | "reject" => {
                self.children(k).iter().any(|&c| {
                    let dealing = DEALINGS.contains(&self.lemma(c).as_str());
                    // "a fresh offer from Afghanistan for direct talks",
                    // "the bid by Ruritania to join": whose or for what.
                    let described = self.children(c).iter().any(|&m| {
                        matches!(self.deprel(m), "nmod" | "acl" | "amod" | "compound")
                            || self.full_deprel(m) == "nmod:poss"
                    });
                    matches!(self.full_deprel(c), "obj" | "nsubj:pass") && dealing && !described
                }) && !self.subject_is_actor(k)
                    // "accepted millions in campaign donations": money taken.
                    || (lemma == "accept"
                        && self
                            .dependents(k, &["obj", "nsubj:pass"])
                            .iter()
                            .any(|o| FUNDS.contains(&o.as_str())))
            }
            // "helped lift the property sector": only a ban or the like is
            // lifted.
            "lift" => self
                .dependents(k, &["obj", "nsubj:pass"])
                .iter()
                .any(|o| MARKET_LIFTS.contains(&o.as_str())),
            // "expected to contribute to financial results".
            "contribute" => self.children(k).iter().any(|&c| {
                self.deprel(c) == "obl"
                    && self.case(c).as_deref() == Some("to")
                    && FIGURES.contains(&self.lemma(c).as_str())
            }),
            // "an epidemic that has killed 11 people", "killing cattle".
            "kill" => {
                // "an epidemic that has killed": the noun or its modifier.
                let relative_on: Vec<String> = (self.full_deprel(k) == "acl:relcl")
                    .then(|| self.head(k))
                    .flatten()
                    .map(|h| {
                        let mut nouns = self.dependents(h, &["compound", "amod"]);
                        nouns.push(self.lemma(h));
                        nouns
                    })
                    .unwrap_or_default();
                let animals = |c: usize| {
                    ANIMALS.contains(&self.lemma(c).as_str())
                        || self
                            .dependents(c, &["nmod"])
                            .iter()
                            .any(|n| ANIMALS.contains(&n.as_str()))
                };
                self.dependents(k, &["nsubj"])
                    .iter()
                    .chain(relative_on.iter())
                    .any(|s| AILMENTS.contains(&s.as_str()))
                    // "could kill the sanctions bill", not "killed Bill Okello".
                    || self.children(k).iter().any(|&c| {
                        matches!(self.full_deprel(c), "obj" | "nsubj:pass")
                            && self.is_noun(c)
                            && KILLED_PLANS.contains(&self.lemma(c).as_str())
                    })
                    || self
                        .children(k)
                        .iter()
                        .any(|&c| matches!(self.full_deprel(c), "obj" | "nsubj:pass") && animals(c))
            }
            // "Her heart continues to beat".
            "beat" => {
                let subjects = |v: usize| self.dependents(v, &["nsubj"]);
                subjects(k)
                    .iter()
                    .chain(self.head(k).map(subjects).unwrap_or_default().iter())
                    .any(|s| matches!(s.as_str(), "heart" | "pulse"))
            }
            // "the retailer's annual meeting", "a cabinet meeting": a body's
            // own, with no other party.
            "meeting" => {
                let own = self
                    .dependents(k, &["compound", "amod", "nmod:poss"])
                    .iter()
                    .any(|m| OWN_MEETINGS.contains(&m.as_str()));
                // "a cabinet meeting with Kenya's leaders": another party.
                let other_party = self.children(k).iter().any(|&c| {
                    self.deprel(c) == "nmod"
                        && matches!(self.case(c).as_deref(), Some("with" | "between"))
                }) || self
                    .dependents(k, &["amod"])
                    .iter()
                    .any(|m| matches!(m.as_str(), "joint" | "bilateral"));
                own && !other_party
            }
            // "agreed with the assessment".
            // Not "agreed with Ruritania's assessment": another's view.
            "agree" => self.children(k).iter().any(|&c| {
                self.deprel(c) == "obl"
                    && self.case(c).as_deref() == Some("with")
                    && VIEWS.contains(&self.lemma(c).as_str())
                    && !self
                        .children(c)
                        .iter()
                        .any(|&m| self.full_deprel(m) == "nmod:poss")
            }),
            // "signed a letter of intent", "signed the lease".
            // "signed over its property", "signed a dissent memo".
            "sign" => {
                let over = self
                    .children(k)
                    .iter()
                    .any(|&c| self.deprel(c) == "compound:prt" && self.word(c) == "over");
                let papers = self
                    .dependents(k, &["obj", "nsubj:pass"])
                    .iter()
                    .any(|o| matches!(o.as_str(), "memo" | "petition" | "book"));
                over || papers
                    || (self
                        .dependents(k, &["obj"])
                        .iter()
                        .any(|o| matches!(o.as_str(), "letter" | "lease" | "cheque" | "check"))
                        && !self.subject_is_actor(k))
            }
            // "seeking bankruptcy protection", "sought to maintain close
            // cooperation" (tried to).
            "seek" => {
                // "sought to maintain close cooperation", not "sought to
                // meet the president".
                let tried = self
                    .dependents(k, &["xcomp"])
                    .iter()
                    .any(|v| !SOUGHT_ACTS.contains(&v.as_str()));
                // "seeking bankruptcy protection", not "sought a loan from
                // the IMF".
                let from = |c: usize| {
                    matches!(self.deprel(c), "obl" | "nmod")
                        && self.case(c).as_deref() == Some("from")
                };
                let lender = self.children(k).iter().any(|&c| {
                    from(c)
                        || (self.deprel(c) == "obj" && self.children(c).iter().any(|&m| from(m)))
                });
                // "seeking the Senate seat", "sought shelter at the school" (not
                // "sought refuge in Germany", asylum asked of a state).
                // Shelter in a state is asylum asked of it ("sought shelter
                // in Velmora").
                let in_state = self.children(k).iter().any(|&c| {
                    matches!(self.deprel(c), "obl" | "nmod")
                        && self.case(c).as_deref() == Some("in")
                        && self.names(c, &[EntityType::Gpe])
                });
                let office = self.dependents(k, &["obj"]).iter().any(|o| {
                    CONTESTS.contains(&o.as_str())
                        || (matches!(o.as_str(), "shelter" | "cover" | "treatment") && !in_state)
                });
                tried
                    || office
                    || (!lender
                        && self
                            .dependents(k, &["obj"])
                            .iter()
                            .any(|o| FINANCING.contains(&o.as_str())))
            }
            // "backing out of nine lease agreements", "back away from the
            // deal".
            "back" => {
                let next = (k + 1 < self.sentence.end).then(|| self.word(k + 1));
                matches!(
                    next.as_deref(),
                    Some("out" | "down" | "off" | "away" | "into" | "from")
                )
            }
            // "eased up on her diet", "eased his tone"; easing is an act on a
            // restriction ("eased sanctions", "the curfew was eased").
            "ease" if !self.is_noun(k) => !self
                .dependents(k, &["obj", "nsubj:pass", "obl"])
                .iter()
                .any(|o| EASED_MEASURES.contains(&o.as_str())),
            // "Russian military probing along the borders": reconnaissance.
            "probe" | "probing" => {
                k > self.sentence.start
                    && matches!(
                        self.word(k - 1).as_str(),
                        "military" | "naval" | "air" | "space" | "border"
                    )
            }
            // "Achieng's alleged weight problem".
            // "alleged pressure on a judge", however parsed: before its noun.
            "allege" | "alleged" => {
                self.deprel(k) == "amod"
                    || (self.word(k) == "alleged"
                        && self.head(k).is_some_and(|h| h > k && self.is_noun(h))
                        && self.dependents(k, &["obj", "nsubj"]).is_empty())
            }
            // "offered no details"; "The report offers only the interim
            // services of the FBI", "the market offers good chances": what a
            // thing affords, no offer.
            "offer" => {
                self.children(k).iter().any(|&c| {
                    self.deprel(c) == "obj"
                        && self.lemma(c) == "detail"
                        && self.dependents(c, &["det"]).iter().any(|d| d == "no")
                }) || (!self.is_noun(k)
                    && self
                        .dependents(k, &["nsubj"])
                        .iter()
                        .any(|s| crate::claims::OFFERING_THINGS.contains(&s.as_str())))
            }
            // "Demand deposits", "the appeals court", "area aid payments".
            _ if self.deprel(k) == "compound" => self
                .head(k)
                .is_some_and(|h| ACCOUNTS.contains(&self.lemma(h).as_str())),
            _ => false,
        }
    }

    /// Whether the weapon at `k` ("three mortar bombs were found") is found
    /// or seized, not used.
    fn weapon_found(&self, k: usize) -> bool {
        if !super::arguments::EXPLOSIVES.contains(&self.lemma(k).as_str()) {
            return false;
        }
        let mut noun = k;
        while matches!(self.deprel(noun), "compound" | "amod" | "nummod") {
            match self.head(noun) {
                Some(h) => noun = h,
                None => return false,
            }
        }
        matches!(self.full_deprel(noun), "obj" | "nsubj:pass")
            && self
                .head(noun)
                .is_some_and(|v| FINDS.contains(&self.lemma(v).as_str()))
    }
}

/// What is accepted or rejected in business or private life, not politics
/// ("accept the offer", "rejected the settlement").
const DEALINGS: &[&str] = &[
    "offer",
    "bid",
    "situation",
    "price",
    "penalty",
    "fine",
    "job",
    "post",
    "award",
    "prize",
    "takeover",
];

/// What is lifted that is no restriction: a market, a figure, a mood
/// ("helped lift the property sector", "lifting a finger").
const MARKET_LIFTS: &[&str] = &[
    "sector",
    "market",
    "share",
    "stock",
    "price",
    "index",
    "output",
    "earnings",
    "morale",
    "spirit",
    "economy",
    "demand",
    "profit",
    "growth",
    "sale",
    "revenue",
    "confidence",
    "mood",
    "finger",
    "yield",
    "rate",
];

/// Figures something contributes to ("contribute to financial results").
const FIGURES: &[&str] = &[
    "result", "earnings", "profit", "growth", "revenue", "income", "loss", "decline", "rise",
    "increase", "sale", "cost",
];

/// Animals, whose killing is no assault.
const ANIMALS: &[&str] = &[
    "cattle",
    "cow",
    "animal",
    "bird",
    "chicken",
    "pig",
    "sheep",
    "fish",
    "livestock",
    "herd",
    "dog",
    "calf",
    "poultry",
];

/// A body's own meetings, with no other party ("the annual meeting").
const OWN_MEETINGS: &[&str] = &[
    "annual",
    "shareholder",
    "board",
    "cabinet",
    "general",
    "staff",
    "stockholder",
];

/// Opinions one agrees with ("agreed with the assessment").
const VIEWS: &[&str] = &[
    "assessment",
    "view",
    "analysis",
    "estimate",
    "forecast",
    "finding",
    "conclusion",
    "opinion",
];

/// Pictures, which are captured on film rather than by force.
const PICTURES: &[&str] = &[
    "image",
    "picture",
    "photo",
    "photograph",
    "footage",
    "video",
    "moment",
    "scene",
    "shot",
    "screenshot",
    "essence",
    "mood",
    "imagination",
    "attention",
];

/// Where captives are held ("held in a prison").
const PLACES_OF_CONFINEMENT: &[&str] = &[
    "prison",
    "jail",
    "gaol",
    "custody",
    "detention",
    "captivity",
    "cell",
    "camp",
    "dungeon",
    "isolation",
    "confinement",
    "cellar",
    "basement",
];

/// People held captive ("holding four missionaries").
const CAPTIVES: &[&str] = &[
    "missionary",
    "prisoner",
    "captive",
    "detainee",
    "suspect",
    "hostage",
    "journalist",
    "reporter",
    "worker",
    "soldier",
    "tourist",
    "civilian",
    "activist",
    "dissident",
    "foreigner",
    "national",
    "man",
    "woman",
    "child",
    "girl",
    "boy",
    "people",
    "person",
    "student",
    "monitor",
    "observer",
    "peacekeeper",
    "crew",
    "pilot",
    "policeman",
    "officer",
    "aid",
    "dutchman",
    "briton",
    "american",
];

/// Measures and decisions that can be blocked, approved or vetoed ("blocked
/// the treaty").
const MEASURES: &[&str] = &[
    "treaty",
    "bill",
    "resolution",
    "deal",
    "plan",
    "proposal",
    "agreement",
    "motion",
    "nomination",
    "appointment",
    "law",
    "legislation",
    "reform",
    "sale",
    "merger",
    "takeover",
    "bid",
    "vote",
    "accord",
    "budget",
    "measure",
    "decision",
    "move",
    "request",
    "application",
    "membership",
    "entry",
    "accession",
];

/// Guesses and claims that evidence supports ("no proof to support the
/// speculation").
const SURMISES: &[&str] = &[
    "speculation",
    "theory",
    "claim",
    "allegation",
    "suspicion",
    "notion",
    "idea",
    "argument",
    "hypothesis",
    "contention",
    "belief",
    "assertion",
];

/// Arms that go with troops ("troops supported by tanks and artillery").
const WEAPONRY: &[&str] = &[
    "tank",
    "artillery",
    "aircraft",
    "helicopter",
    "gunship",
    "jet",
    "warplane",
    "armour",
    "armor",
    "vehicle",
];

/// Restrictions whose easing is a concession ("eased sanctions", "the
/// curfew was eased").
const EASED_MEASURES: &[&str] = &[
    "sanction",
    "restriction",
    "curfew",
    "blockade",
    "embargo",
    "ban",
    "control",
    "rule",
    "pressure",
    "siege",
    "crackdown",
    "condition",
    "measure",
    "regulation",
    "limit",
    "law",
    "tension",
    "stance",
    "position",
    "demand",
    "policy",
    "grip",
    "closure",
    "lockdown",
    "tariff",
    "quota",
    "emergency",
    "requirement",
];

/// What one seeks to do that makes seeking a request ("sought to meet").
const SOUGHT_ACTS: &[&str] = &[
    "meet",
    "talk",
    "negotiate",
    "visit",
    "join",
    "obtain",
    "secure",
    "win",
    "have",
    "enter",
    "return",
    "buy",
    "acquire",
    "get",
];

/// What a company seeks that is no demand ("bankruptcy protection").
const FINANCING: &[&str] = &[
    "protection",
    "financing",
    "funding",
    "buyer",
    "partner",
    "loan",
    "capital",
    "investor",
    "bidder",
    "credit",
];

/// Charges that are costs ("depreciation charges").
const FEES: &[&str] = &[
    "depreciation",
    "restructuring",
    "one-time",
    "special",
    "extraordinary",
    "exceptional",
    "service",
    "interest",
    "bank",
    "write-down",
    "writedown",
    "pretax",
    "pre-tax",
];

/// What is fought that is nobody ("an outbreak", "inflation").
const AILMENTS: &[&str] = &[
    "outbreak",
    "epidemic",
    "disease",
    "illness",
    "infection",
    "virus",
    "cancer",
    "fire",
    "blaze",
    "flame",
    "inflation",
    "poverty",
    "unemployment",
    "drought",
    "famine",
    "crime",
    "corruption",
    "malaria",
    "tuberculosis",
    "aids",
    "problem",
    "addiction",
    "obesity",
    "depression",
];

/// Words and help in kind that are given or delivered without aid ("gave
/// fresh impetus", "delivered a policy prescription", "provided a
/// chronicle", "delivered three rulings").
const GIVEN_WORDS: &[&str] = &[
    "impetus",
    "boost",
    "momentum",
    "prosperity",
    "chronicle",
    "account",
    "address",
    "speech",
    "lecture",
    "sermon",
    "talk",
    "prescription",
    "ruling",
    "verdict",
    "judgment",
    "reprieve",
    "respite",
    "testimony",
    "record",
    "reassurance",
    "insight",
    "overview",
    "example",
    "lesson",
    "reason",
    "answer",
    "explanation",
    "update",
    "briefing",
    "interview",
    "performance",
    "opportunity",
    "chance",
    "platform",
    "glimpse",
    "picture",
    "evidence",
    "proof",
    "detail",
    "information",
    "data",
    "return",
    "figure",
    "estimate",
    "number",
    "comment",
    "context",
    "guidance",
    "service",
    "sample",
    "specimen",
    "design",
    "consulting",
    "product",
    "solution",
    "taste",
    "retort",
    "rebuttal",
    "option",
];

/// Services and payments called support: "technical support", "child
/// support".
const SUPPORT_SERVICES: &[&str] = &[
    "technical",
    "tech",
    "customer",
    "child",
    "life",
    "income",
    "product",
    "user",
    "it",
];

/// What an "attack" names in a campaign: "attack ads", "attack dog".
const ATTACK_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advertisement",
    "advert",
    "commercial",
    "dog",
    "mailer",
    "spot",
];

/// Money accepted, which makes no agreement: "accepted millions in
/// donations".
const FUNDS: &[&str] = &[
    "million",
    "billion",
    "donation",
    "contribution",
    "money",
    "gift",
    "bribe",
    "payment",
    "cash",
    "fee",
    "check",
    "cheque",
];

/// Things destroyed that are no target of force ("destroyed 34,000
/// emails").
const DESTROYED_RECORDS: &[&str] = &[
    "email", "e-mail", "document", "record", "file", "evidence", "data", "tape", "paper",
];

/// What is engaged in that is no fighting ("engaged in a group hug",
/// "engaged in an effort to broker a deal").
const ENGAGEMENTS: &[&str] = &[
    "hug",
    "effort",
    "talk",
    "dialogue",
    "negotiation",
    "discussion",
    "debate",
    "practice",
    "conversation",
    "lobbying",
    "business",
    "trade",
    "behaviour",
    "behavior",
    "speculation",
    "race",
    "activity",
];

/// Those whose "capture" is a picture taken ("a photographer captured",
/// "the second video captured").
const PICTURE_TAKERS: &[&str] = &[
    "photographer",
    "camera",
    "video",
    "footage",
    "photo",
    "photograph",
    "image",
    "picture",
    "lens",
    "cameraman",
];

/// What is killed that is no one ("could kill the sanctions bill").
const KILLED_PLANS: &[&str] = &[
    "bill",
    "measure",
    "proposal",
    "plan",
    "deal",
    "legislation",
    "amendment",
    "idea",
    "project",
    "story",
    "motion",
    "initiative",
];

/// Offices and prizes sought or fought for in a contest, not by force
/// ("seeking the Senate seat", "battling Kamau for the nomination"); not
/// "sought a new election", a request.
const CONTESTS: &[&str] = &[
    "seat",
    "nomination",
    "office",
    "presidency",
    "post",
    "job",
    "re-election",
    "reelection",
    "title",
    "leadership",
    "candidacy",
    "chairmanship",
    "term",
    "bid",
    "berth",
    "spot",
    "championship",
    "playoff",
    "medal",
    "crown",
    "trophy",
];

/// Causes fought for, by words and votes rather than by force ("fought for
/// the rights of farmers").
const CAUSES: &[&str] = &[
    "right",
    "well-being",
    "wellbeing",
    "freedom",
    "justice",
    "equality",
    "cause",
    "change",
    "reform",
    "dignity",
    "liberty",
    "future",
    "people",
    "family",
    "child",
    "worker",
    "voter",
    "veteran",
    "victim",
    "benefit",
    "wage",
    "law",
    "bill",
    "measure",
    "policy",
];

/// Kinds of contest that are battles or fights of words, votes or courts
/// ("the primary battle", "a legal fight").
const CONTEST_KINDS: &[&str] = &[
    "primary",
    "election",
    "electoral",
    "legal",
    "court",
    "courtroom",
    "budget",
    "political",
    "custody",
    "nomination",
    "campaign",
    "ratings",
    "bidding",
    "takeover",
    "price",
    "uphill",
    "leadership",
    "policy",
    "legislative",
    "procedural",
];

/// What a rival is pounded on in words ("pounded his rival on the tax
/// issue").
const ISSUES: &[&str] = &[
    "issue", "question", "record", "policy", "plan", "matter", "subject", "topic", "point",
];

/// Participles that describe a noun rather than tell an act ("threatened
/// species", "convicted rapist", "key fighting forces").
const DESCRIBING_PARTICIPLES: &[&str] = &[
    "threaten",
    "endanger",
    "convict",
    "fight",
    "approve",
    "negotiate",
    "pledge",
    "recognise",
    "recognize",
];

/// What a "negotiating" party has, which is no negotiation held ("a
/// stronger negotiating position").
const BARGAINING: &[&str] = &[
    "position", "stance", "leverage", "power", "strategy", "tactic", "tactics", "skills", "chip",
    "hand",
];

/// Shows and events one "hosts", which are no visit received.
const HOSTED_SHOWS: &[&str] = &[
    "show",
    "program",
    "programme",
    "podcast",
    "series",
    "broadcast",
    "party",
    "festival",
    "concert",
    "gala",
    "fundraiser",
    "contest",
    "competition",
    "tournament",
    "game",
    "championship",
];

/// Plans and moves "executed", which put no one to death.
const EXECUTED_PLANS: &[&str] = &[
    "action",
    "plan",
    "operation",
    "strategy",
    "manoeuvre",
    "maneuver",
    "move",
    "order",
    "trade",
    "transaction",
    "deal",
    "contract",
    "program",
    "programme",
    "task",
    "search",
    "warrant",
    "play",
    "policy",
];

/// Dangers one warns "of", which is a forecast, not a threat.
const FORESEEN: &[&str] = &[
    "implication",
    "consequence",
    "danger",
    "risk",
    "effect",
    "impact",
    "possibility",
    "prospect",
    "peril",
    "cost",
];

/// Market segments and problems "attacked" in business or policy ("attack the
/// fastest growing segment").
const TACKLED: &[&str] = &["segment", "niche", "problem", "issue"];

/// What an army's "offensive" names; elsewhere the adjective is rudeness
/// ("offensive content").
const MILITARY_NOUNS: &[&str] = &[
    "operation",
    "action",
    "weapon",
    "weaponry",
    "capability",
    "strike",
    "force",
    "posture",
    "war",
    "line",
    "move",
    "campaign",
    "push",
    "drive",
    "military",
    "missile",
    "arm",
    "unit",
];

/// What is "shot" with a camera ("shooting a remake").
const FILMED: &[&str] = &[
    "film",
    "movie",
    "remake",
    "scene",
    "video",
    "footage",
    "episode",
    "pilot",
    "commercial",
    "documentary",
    "series",
    "photo",
    "picture",
    "sequel",
    "advert",
    "advertisement",
];

/// Chances "seized", which nobody loses ("seize this moment").
const CHANCES: &[&str] = &[
    "moment",
    "opportunity",
    "chance",
    "initiative",
    "momentum",
    "day",
    "occasion",
    "spotlight",
    "lead",
];

/// A body's own people, whom it evacuates for their safety.
const OWN_PEOPLE: &[&str] = &[
    "staff",
    "employee",
    "personnel",
    "citizen",
    "national",
    "diplomat",
    "dependant",
    "dependent",
    "family",
    "worker",
];

/// What is mobilised without troops ("the workforce", "resources").
const RESOURCES: &[&str] = &[
    "workforce",
    "resource",
    "fund",
    "money",
    "capital",
    "support",
    "voter",
    "volunteer",
];

/// What is taken control of in business ("the budget", "the company").
const BUSINESS: &[&str] = &[
    "budget",
    "company",
    "firm",
    "bank",
    "board",
    "finance",
    "portfolio",
    "operation",
    "management",
    "business",
    "account",
    "stake",
];

/// Nouns that an event noun before them only names a kind of ("Demand
/// deposits", "the appeals court", "aid payments").
const ACCOUNTS: &[&str] = &[
    "deposit", "account", "payment", "court", "rate", "price", "fee", "fund",
];

/// Verbs of finding weapons, not using them.
const FINDS: &[&str] = &[
    "find",
    "discover",
    "seize",
    "recover",
    "defuse",
    "uncover",
    "confiscate",
    "hide",
    "store",
];

/// What leaks and explodes by accident ("a gas explosion").
const LEAKS: &[&str] = &["gas", "boiler", "methane", "fuel", "pipeline"];

/// Those dismissed from a job ("the board was fired").
const STAFF: &[&str] = &[
    "board",
    "manager",
    "coach",
    "director",
    "executive",
    "chairman",
    "staff",
    "employee",
    "worker",
    "chief",
    "president",
    "editor",
    "minister",
];

/// Verbs of a market's fall, which a figure measures ("declined 3
/// percent"); a rise is no event word.
const FALLS: &[&str] = &[
    "decline", "ease", "fall", "drop", "slip", "weaken", "retreat", "plunge", "tumble", "slump",
    "sink",
];

/// What is released without anyone being freed.
const RELEASED_THINGS: &[&str] = &[
    "figure",
    "result",
    "data",
    "statement",
    "report",
    "letter",
    "detail",
    "description",
    "list",
    "film",
    "album",
    "version",
    "video",
    "footage",
    "budget",
    "forecast",
    "earnings",
    "study",
    "survey",
    "poll",
    "transcript",
    "text",
    "record",
    "book",
    "photo",
    "picture",
    "guideline",
    "information",
    "document",
    "tape",
    "song",
    "figures",
    "results",
    "page",
    "email",
    "e-mail",
    "message",
    "memo",
    "spreadsheet",
    "cable",
    "file",
    "paper",
    "note",
    "image",
    "recording",
    "audio",
    "trailer",
    "episode",
    "single",
    "plan",
    "proposal",
    "finding",
    "return",
    "schedule",
    "exchange",
    "correspondence",
    "update",
    "product",
    "documentary",
    "movie",
    "series",
    "show",
    "phone",
    "smartphone",
    "handset",
    "device",
    "model",
    "tablet",
    "laptop",
    "computer",
    "software",
    "game",
    "app",
    "console",
];

/// Adjectives of an economy's amounts ("rising demand", "household demand").
const ECONOMIC_ADJECTIVES: &[&str] = &[
    "huge",
    "high",
    "heavy",
    "brisk",
    "soaring",
    "rising",
    "strong",
    "weak",
    "growing",
    "falling",
    "domestic",
    "consumer",
    "household",
    "global",
    "world",
    "firm",
    "steady",
    "healthy",
    "seasonal",
    "physical",
    "fresh",
    "slack",
    "sluggish",
    "robust",
    "increased",
    "higher",
    "lower",
    "buying",
    "selling",
    "technical",
];

#[cfg(test)]
mod tests {
    use crate::document::{DocMeta, Document};

    fn events(text: &str) -> Vec<String> {
        let doc = crate::pipeline::Pipeline::new()
            .process(Document::new(DocMeta::default(), text.to_string()));
        doc.events
            .iter()
            .map(|e| doc.slice(e.trigger).to_string())
            .collect()
    }

    #[test]
    fn markets_games_and_jobs_are_no_events() {
        for text in [
            "Korvath Corp shares declined 3 percent after the announcement.",
            "Marek Duda said Chinese demand for copper would rise sharply.",
            "Copper prices eased after Zambia increased exports, dealers said.",
            "Nwosu beat Carlos Alvarez in the second round in Lagos.",
            "The striker has signed a three-year contract with Dynamo Kiev.",
            "Grayson Corp released its half-year figures on Tuesday.",
            "Eyles beat Peter Nicol of Scotland 15-10 8-15 15-10.",
            "The fans celebrated when they beat a two-seeded Creighton team.",
            "The president was treated last year for heart attacks.",
            "Profits may fall due to hefty depreciation charges, the chief executive said.",
            "Demand deposits rose to 855.8 million shillings.",
            "Three Kavala Front mortar bombs were found in a Gulu house.",
            "In Gulu, hundreds are fighting a food-poisoning outbreak.",
            "The United Nations evacuated its staff from Ruritania on Friday.",
            "He took control of the ministry's budget in 1991.",
            "Officials made a first stab on Friday at rewriting the trade laws.",
            "Okello pleaded that he was trying to pay his bills.",
            "A large part of the workforce would be mobilised for the summit.",
            "There was little conviction in the market that rates would rise.",
            "Korvath shareholders have chosen to accept the offer.",
            "Strong results from Korvath helped lift the property sector.",
            "Her heart continues to beat irregularly, doctors said.",
            "A food poisoning epidemic that has killed 11 people is waning.",
            "It is hard to stop the disease without killing vast numbers of cattle.",
            "Kisumu officials agreed with the assessment.",
            "Okello told a cabinet meeting on Tuesday that no one was hurt.",
            "The company was backing out of nine new lease agreements.",
            "Okello said seeking bankruptcy protection was not being considered.",
            "Achieng's alleged weight problem made front page news.",
            "Harrow Medical is expected to contribute to financial results in 1997.",
            "He offered no details about the cause of Achieng's death.",
            "Velmora Holdings said it had signed a letter of intent with Korvath.",
        ] {
            assert_eq!(events(text), Vec::<String>::new(), "{text}");
        }
        // Bodies that move markets act too, and strong support is backing.
        for (text, trigger) in [
            ("The Treasury eased sanctions on Cuba.", "eased"),
            ("The rebels enjoy strong support from Iran.", "support"),
            ("Russia signed a $2 billion contract with India.", "signed"),
            ("Ruritania lifted the ban on Kenyan beef.", "lifted"),
            (
                "Okello rejected a fresh offer from Ruritania for direct talks.",
                "rejected",
            ),
            ("Kenya sought aid from Japan.", "sought"),
            (
                "Israeli troops withdrew from the eastern side of the town.",
                "withdrew",
            ),
        ] {
            assert_eq!(events(text), vec![trigger.to_string()], "{text}");
        }
        assert_eq!(
            events("Rebels attacked an army post near Gulu."),
            vec!["attacked"]
        );
        assert_eq!(
            events("Police fired on protesters in Lagos."),
            vec!["fired"]
        );
    }

    /// Words of force, aid and request in other senses: shelter sought,
    /// impetus given, a group hug, a photograph, a bill killed, a seat
    /// sought, a byline, a plea entered, describing participles, an opinion
    /// agreed with.
    #[test]
    fn shelter_impetus_hugs_pictures_and_bylines_are_no_events() {
        for text in [
            "They were among 400 people who had sought shelter at the school.",
            "The rising casualty toll gave fresh impetus to diplomatic efforts.",
            "The Kamau family engaged in a group hug after the news conference.",
            "A Kisumu Times photographer captured a small figure in a foil sheet.",
            "The Velmora Senate could kill the bill.",
            "Peter Okello is seeking the Senate seat.",
            "Tom Kamau contributed.",
            "A not guilty plea was entered on Okello's behalf.",
            "Somebody destroyed 34,000 emails.",
            "Federal courts have delivered three rulings on the law.",
            "Fifty diplomats signed a dissent memo.",
            "The Ruritanians have been pressing their advantage in recent months.",
            "Peter Okello is battling Tom Kamau for the nomination.",
            "He was restrained amid the Ruritanian storm.",
            "Sixty-two percent of Ruritanians agreed.",
            "A Ruritanian poll shows Okello at the top with 36 percent support.",
            "Both candidates enjoyed strong majority support among Ruritanian voters.",
            "That is a lower level of support than Okello holds.",
            "Okello agreed with Kamau that the plan was a mistake.",
        ] {
            assert_eq!(events(text), Vec::<String>::new(), "{text}");
        }
        for (text, trigger) in [
            (
                "Some 800,000 Iraqi Kurds sought refuge in Germany.",
                "sought",
            ),
            (
                "Algeria, fighting a vicious war against guerrillas, attacked the rebels.",
                "fighting",
            ),
            ("Rebels stormed the parliament building.", "stormed"),
            (
                "The Ruritanian government agreed at the weekend to slash spending.",
                "agreed",
            ),
            ("Velmora and Ruritania agreed on a ceasefire.", "agreed"),
            ("Police storm rebel hideout in Kisumu.", "storm"),
            ("Gunmen killed Bill Okello, a local councillor.", "killed"),
            ("Ruritania sought a new election.", "sought"),
            (
                "The militants engaged in a campaign of bombings against civilians.",
                "engaged",
            ),
        ] {
            assert!(events(text).contains(&trigger.to_string()), "{text}");
        }
    }

    #[test]
    fn idioms_films_geology_and_dangers_are_no_events() {
        for text in [
            "She has to seize this moment to outline a real strategy.",
            "Kamau is positioned to attack the fastest growing segment of the phone market.",
            "The paper blocks offensive content on the website.",
            "It connects to the main fault through a complex set of faults between Ostrava and Brenna.",
            "The F-bombing spin doctor in Kamau's comedies became famous.",
            "Kamau attempted character assassination of Osei.",
            "The speech followed a major address Kamau gave in Ostrava earlier that month.",
            "The measure poses an unusual and extraordinary threat to Velmoran foreign policy.",
            "He wants to achieve a stronger negotiating position on oil revenues.",
            "Four teams are left fighting for the automatic bid on Saturday.",
            "Kamau was in Ostrava shooting a remake of an old film for Velmora television.",
            "The report did not provide specific evidence that Kenya was involved.",
            "Osei, who hosts a popular weekly radio show, left Nairobi.",
            "The documentary was released on Tuesday by the Nairobi Film Board.",
            "Osei warned of the global implications a Kamau presidency would have.",
        ] {
            assert_eq!(events(text), Vec::<String>::new(), "{text}");
        }
        for (text, trigger) in [
            ("Rebels seized the airport on Monday.", "seized"),
            ("Gunmen attacked the market in Brenna.", "attacked"),
            (
                "The army launched offensive operations against the rebels.",
                "offensive",
            ),
            ("Kamau threatened to close the border.", "threatened"),
            ("Soldiers shot three protesters in Brenna.", "shot"),
        ] {
            assert!(events(text).contains(&trigger.to_string()), "{text}");
        }
    }

    #[test]
    fn causes_campaigns_products_and_datelines_are_no_events() {
        for text in [
            "Lena Osei has fought for the rights of farmers in Velmora for decades.",
            "Kamau won the primary battle in Ostrava.",
            "Kamau pounded his rival on the tax issue during the debate in Ostrava.",
            "The driver gave a blood sample to police officers in Ostrava.",
            "Ostrava Telecom released the phone last week.",
            "The Velmora plan includes support for small farms.",
            "Lena Osei held a rally in Ostrava on Sunday.",
            "Kamau's supporters show no sign of wanting to rally behind Osei.",
            "Kamau now has 1,200 pledged delegates.",
            "Velmora minister Daniel Kamau did not return a call.",
            "Released 2013-09-28 05:08:35 GMT",
        ] {
            assert_eq!(events(text), Vec::<String>::new(), "{text}");
        }
        for (text, trigger) in [
            (
                "Thousands of protesters held a rally in Ostrava against the Velmora government.",
                "rally",
            ),
            ("Velmora released the prisoners on Tuesday.", "released"),
            (
                "Johnnie Wilson fought in Vietnam for the nation's rights.",
                "fought",
            ),
        ] {
            assert!(events(text).contains(&trigger.to_string()), "{text}");
        }
    }

    /// Ailments battled, views supported, things that offer, restrictions
    /// eased, campaigns engaged in, reprieves given, messages seized on, arms
    /// alongside troops and exchanges of email released are no events.
    #[test]
    fn figures_of_speech_and_things_that_afford_are_no_events() {
        for text in [
            "News broke of Achieng's battle against heart problems and malaria.",
            "They put forward no proof to support the speculation.",
            "The Velmora report offers only the interim services of the police.",
            "The eastern European market offers good chances for growth.",
            "Demand for hogs was steady, traders said.",
            "Achieng then eased up on her diet.",
            "Lena Osei is engaged in a tough re-election campaign.",
            "A Velmora appeals court gave Korvath Corp a reprieve on Tuesday.",
            "Republicans in Ostrava seized on the message.",
            "Velmoran troops, supported by tanks and artillery, moved toward the border.",
            "The State Department released a June 2011 email exchange between Kamau and Osei.",
            "Kenya and Uganda agreed to respect internationally recognised borders.",
            "A screen image captured by Velmora Today showed the post.",
            "Velmora plans to reduce job-killing regulations on small businesses.",
            "There was a dramatic increase in Velmoran military probing along the border.",
        ] {
            let found = events(text);
            assert!(found.iter().all(|t| t != "recognised"), "{text}: {found:?}");
            if !text.contains("agreed") {
                assert_eq!(found, Vec::<String>::new(), "{text}");
            }
        }
        for (text, trigger) in [
            ("Velmora eased sanctions on Kenya on Tuesday.", "eased"),
            (
                "The Kavala Front is holding four missionaries in a prison.",
                "holding",
            ),
            (
                "India blocked the Comprehensive Test Ban Treaty.",
                "blocked",
            ),
            (
                "Velmora was suspended from the Commonwealth in November.",
                "suspended from",
            ),
            (
                "The rebels said they had bowed to Kamau's demand.",
                "bowed to",
            ),
            (
                "Republicans probing Lena Osei's email setup have two questions.",
                "probing",
            ),
        ] {
            assert!(events(text).contains(&trigger.to_string()), "{text}");
        }
    }

    /// People kept captive are held (COERCE); a blocked measure is
    /// rejected; talks held, reporters held back and a man held in contempt
    /// are not detentions.
    #[test]
    fn captives_held_and_measures_blocked() {
        let typed = |text: &str| {
            let doc = crate::pipeline::Pipeline::new()
                .process(Document::new(DocMeta::default(), text.to_string()));
            doc.events
                .iter()
                .map(|e| (doc.slice(e.trigger).to_string(), e.etype))
                .collect::<Vec<_>>()
        };
        use crate::document::EventType;
        assert_eq!(
            typed("The Kavala Front is holding four missionaries in a prison."),
            [("holding".to_string(), EventType::Coerce)]
        );
        assert_eq!(
            typed("Dara Kamau is being held without bail at a jail in Ostrava."),
            [("held".to_string(), EventType::Coerce)]
        );
        assert_eq!(
            typed("India blocked the Comprehensive Test Ban Treaty."),
            [("blocked".to_string(), EventType::Reject)]
        );
        for text in [
            "The Velmora panel held Dara Kamau in contempt of Congress.",
            "Kamau's campaign used ropes to hold back reporters.",
            "Kamau held the post of minister for a decade.",
        ] {
            assert!(
                typed(text)
                    .iter()
                    .all(|(t, _)| !t.starts_with("hold") && !t.starts_with("held")),
                "{text}"
            );
        }
    }

    /// A statement released, a campaign's attack ads, support as a service,
    /// money accepted, a byline, idioms and "alleged" before its noun are no
    /// events; releasing people is.
    #[test]
    fn releases_campaign_words_services_and_idioms() {
        for text in [
            "Kamau said in a news release that the plan had failed.",
            "Osei faces attack ads from the Velmora Party.",
            "Korvath Corp struggled with the huge demand for technical support.",
            "Kamau has accepted millions in campaign donations from banks.",
            "Contributing: Lena Osei.",
            "Kamau has tried to seize the high ground on health care.",
            "Long-shot candidate Lena Osei joined the debate.",
            "For Kamau, \"you don't take job growth for granted.\"",
            "The Ostrava media focused on alleged pressure on a judge.",
        ] {
            assert_eq!(events(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(events("The rebels released the hostages."), ["released"]);
    }
}
