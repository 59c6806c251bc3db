//! Small hand-written lists: countries and other political units, geographic
//! regions, and nationality, ethnic, religious and political group words. They
//! split the recogniser's CoNLL types into Dossier's (LOC into GPE or LOC, MISC
//! into NORP or MISC) and serve as gazetteer features.
//!
//! The knowledge base (`kb/`) will hold fuller lists of countries, capitals and
//! demonyms; these can then be replaced by look-ups there.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::document::EntityType;

/// Countries, their common short forms, US states, provinces and large cities.
const POLITICAL: &str = "\
afghanistan albania algeria andorra angola antigua argentina armenia australia austria \
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia \
bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china \
colombia comoros congo croatia cuba cyprus czech denmark djibouti dominica ecuador egypt \
eritrea estonia ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada \
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel \
italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia \
lebanon lesotho liberia libya liechtenstein lithuania luxembourg macedonia madagascar malawi \
malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro \
morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria \
norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar \
romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia \
spain sudan suriname swaziland sweden switzerland syria taiwan tajikistan tanzania thailand \
togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan \
vanuatu vatican venezuela vietnam yemen yugoslavia zaire zambia zimbabwe britain england \
scotland wales ulster u.s. us usa u.s.a. america uk u.k. ussr soviet_union chechnya tibet \
hong_kong macau puerto_rico greenland kurdistan \
united_states united_kingdom great_britain south_africa south_korea north_korea new_zealand \
saudi_arabia sri_lanka el_salvador costa_rica sierra_leone ivory_coast cote_d'ivoire \
czech_republic dominican_republic papua_new_guinea east_timor united_arab_emirates \
bosnia_and_herzegovina bosnia_herzegovina faroe_islands cape_verde \
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho \
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan \
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania \
tennessee texas utah vermont virginia washington wisconsin wyoming new_hampshire new_jersey \
new_mexico new_york north_carolina north_dakota south_carolina south_dakota west_virginia \
rhode_island quebec ontario alberta manitoba saskatchewan bavaria punjab kashmir \
london paris berlin moscow tokyo beijing washington brussels bonn rome madrid lisbon vienna \
prague warsaw budapest bucharest sofia belgrade zagreb sarajevo athens ankara istanbul \
tehran baghdad damascus beirut amman jerusalem tel_aviv cairo tripoli algiers tunis rabat \
nairobi lagos johannesburg pretoria kinshasa kigali kabul islamabad karachi new_delhi delhi \
bombay mumbai calcutta colombo dhaka kathmandu bangkok hanoi manila jakarta singapore seoul \
pyongyang taipei shanghai sydney melbourne wellington ottawa toronto montreal vancouver \
chicago boston los_angeles san_francisco miami dallas houston atlanta detroit new_orleans \
mexico_city havana bogota lima caracas santiago buenos_aires brasilia rio_de_janeiro sao_paulo \
montevideo stockholm oslo copenhagen helsinki dublin edinburgh amsterdam the_hague \
frankfurt munich hamburg geneva zurich bern milan naples kiev kyiv minsk riga vilnius \
tallinn tbilisi yerevan baku tashkent almaty grozny dushanbe gaza hebron nablus \
jeddah riyadh dubai abu_dhabi doha muscat sanaa khartoum addis_ababa mogadishu harare \
lusaka luanda dakar abidjan accra kampala dar_es_salaam cape_town hong_kong beijing";

/// Regions, continents, seas, rivers and other places that are not polities.
const GEOGRAPHIC: &str = "\
europe asia africa america antarctica australasia oceania eurasia scandinavia balkans \
caucasus siberia mediterranean arctic atlantic pacific baltic caribbean sahara himalayas \
alps andes amazon nile danube rhine thames volga mekong yangtze euphrates tigris jordan_river \
middle_east far_east near_east west_bank gaza_strip golan_heights persian_gulf gulf \
north_america south_america latin_america central_america central_asia south_asia \
southeast_asia east_asia western_europe eastern_europe central_europe north_africa \
west_africa east_africa southern_africa horn_of_africa sub-saharan_africa great_lakes \
north_sea black_sea red_sea dead_sea caspian_sea south_china_sea indian_ocean \
atlantic_ocean pacific_ocean arctic_ocean english_channel suez_canal panama_canal \
strait_of_hormuz taiwan_strait korean_peninsula sinai kurdistan_region mount_everest";

/// Words that end geographic names ("Yellow River", "Lake Victoria").
const GEOGRAPHIC_WORDS: &str = "\
river rivers sea seas ocean mountains mountain mount mt lake lakes valley strait straits \
gulf bay island islands isles peninsula desert basin coast canal channel falls hills \
plain plains plateau heights range ridge delta glacier forest reef cape";

/// Nationality, ethnic, religious and political group words.
const GROUPS: &str = "\
afghan afghans albanian albanians algerian algerians american americans angolan angolans \
arab arabs argentine argentines argentinian armenian armenians asian asians australian \
australians austrian austrians azerbaijani azeri azeris bahraini bangladeshi belarusian \
belgian belgians bolivian bosnian bosnians brazilian brazilians british briton britons \
bulgarian bulgarians burmese burundian cambodian cambodians cameroonian canadian canadians \
chadian chilean chileans chinese colombian colombians congolese croat croats croatian \
croatians cuban cubans cypriot cypriots czech czechs danish dane danes dutch dutchman \
ecuadorean egyptian egyptians emirati english englishman eritrean estonian estonians \
ethiopian ethiopians european europeans fijian filipino filipinos finn finns finnish french \
frenchman gabonese georgian georgians german germans ghanaian greek greeks guatemalan \
guinean haitian haitians honduran hungarian hungarians icelandic indian indians indonesian \
indonesians iranian iranians iraqi iraqis irish irishman israeli israelis italian italians \
ivorian jamaican japanese jordanian jordanians kazakh kenyan kenyans korean koreans kosovar \
kuwaiti kuwaitis kyrgyz lao laotian latvian lebanese liberian libyan libyans lithuanian \
lithuanians luxembourg macedonian malagasy malawian malaysian malaysians malian maltese \
mauritanian mexican mexicans moldovan mongolian montenegrin moroccan moroccans mozambican \
namibian nepalese nepali nicaraguan nigerian nigerians norwegian norwegians omani pakistani \
pakistanis palestinian palestinians panamanian paraguayan persian peruvian peruvians polish \
pole poles portuguese qatari romanian romanians russian russians rwandan rwandans salvadoran \
saudi saudis scot scots scottish senegalese serb serbs serbian serbians sierra_leonean \
singaporean slovak slovaks slovenian slovene slovenes somali somalis south_african \
south_africans south_korean south_koreans north_korean north_koreans soviet soviets spanish \
spaniard spaniards sri_lankan sudanese swede swedes swedish swiss syrian syrians taiwanese \
tajik tanzanian thai thais tibetan tibetans togolese tunisian tunisians turk turks turkish \
turkmen ugandan ukrainian ukrainians uruguayan uzbek venezuelan venezuelans vietnamese \
welsh yemeni yemenis yugoslav yugoslavs zairean zambian zimbabwean zimbabweans \
new_zealander new_zealanders latin_american latin_americans west_german east_german \
african africans asian western eastern arabian nordic scandinavian balkan caucasian \
kurd kurds kurdish tamil tamils sinhalese hutu hutus tutsi tutsis pashtun pashtuns uighur \
uighurs chechen chechens ossetian abkhaz berber berbers bedouin basque basques catalan \
catalans corsican flemish walloon hispanic hispanics latino latinos aborigine aborigines \
muslim muslims moslem moslems islamic christian christians catholic catholics protestant \
protestants orthodox jew jews jewish hindu hindus sikh sikhs buddhist buddhists shiite \
shiites shi'ite shi'ites sunni sunnis druze alawite alawites coptic copt copts mormon mormons \
evangelical evangelicals lutheran anglican anglicans methodist baptist baptists presbyterian \
republican republicans democrat democrats communist communists socialist socialists \
conservative conservatives liberal liberals tory tories nazi nazis fascist fascists \
marxist marxists maoist maoists leninist stalinist zionist zionists islamist islamists \
nationalist nationalists unionist unionists loyalist loyalists republican_guard";

fn set(list: &'static str) -> HashSet<String> {
    list.split_whitespace()
        .map(|w| w.replace('_', " "))
        .collect()
}

static POLITICAL_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(POLITICAL));
static GEOGRAPHIC_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(GEOGRAPHIC));
static GEOGRAPHIC_WORD_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(GEOGRAPHIC_WORDS));
static GROUP_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(GROUPS));

/// A gazetteer category of the hand-written lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListCategory {
    /// Countries, states, cities.
    Political,
    /// Regions, continents, seas, rivers.
    Geographic,
    /// Nationality, ethnic, religious and political groups.
    Group,
}

/// Every entry of the hand-written lists (lowercase words joined by spaces) with its category.
pub fn list_entries() -> impl Iterator<Item = (&'static str, ListCategory)> {
    [
        (POLITICAL, ListCategory::Political),
        (GEOGRAPHIC, ListCategory::Geographic),
        (GROUPS, ListCategory::Group),
    ]
    .into_iter()
    .flat_map(|(list, cat)| list.split_whitespace().map(move |w| (w, cat)))
}

/// Lowercase words of a mention, with hyphens and other punctuation dropped.
fn words(tokens: &[&str]) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .map(|t| t.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether one word names a group by the shape of a demonym ("Azerbaijanis",
/// "Bangladeshi", "Congolese", "Eritreans").
fn looks_like_demonym(word: &str) -> bool {
    let n = word.chars().count();
    n >= 5
        && [
            "ian", "ians", "ese", "ean", "eans", "ani", "anis", "eni", "ite", "ites",
        ]
        .iter()
        .any(|s| word.ends_with(s))
}

/// Dossier's type for a mention of CoNLL type `kind` ("PER", "ORG", "LOC",
/// "MISC") made of `tokens`.
pub fn refine(kind: &str, tokens: &[&str]) -> EntityType {
    let words = words(tokens);
    let phrase = words.join(" ");
    match kind {
        "PER" => EntityType::Person,
        "ORG" => EntityType::Org,
        "LOC" => {
            let geographic = GEOGRAPHIC_SET.contains(&phrase)
                || (!POLITICAL_SET.contains(&phrase)
                    && (words.iter().any(|w| GEOGRAPHIC_WORD_SET.contains(w))
                        || words.first().is_some_and(|w| {
                            matches!(w.as_str(), "north" | "south" | "east" | "west" | "central")
                                && words.len() > 1
                                && !POLITICAL_SET.contains(&words[1..].join(" "))
                        })));
            if geographic {
                EntityType::Loc
            } else {
                EntityType::Gpe
            }
        }
        _ => {
            let group = !words.is_empty()
                && (GROUP_SET.contains(&phrase)
                    || words
                        .iter()
                        .all(|w| GROUP_SET.contains(w) || looks_like_demonym(w)));
            if group {
                EntityType::Norp
            } else {
                EntityType::Misc
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refines_types() {
        assert_eq!(
            refine("PER", &["Viktor", "Chernomyrdin"]),
            EntityType::Person
        );
        assert_eq!(refine("LOC", &["Germany"]), EntityType::Gpe);
        assert_eq!(refine("LOC", &["BRUSSELS"]), EntityType::Gpe);
        assert_eq!(refine("LOC", &["Middle", "East"]), EntityType::Loc);
        assert_eq!(refine("LOC", &["Yangtze", "River"]), EntityType::Loc);
        assert_eq!(refine("LOC", &["South", "Africa"]), EntityType::Gpe);
        assert_eq!(refine("LOC", &["Europe"]), EntityType::Loc);
        assert_eq!(refine("MISC", &["Russian"]), EntityType::Norp);
        assert_eq!(refine("MISC", &["Bosnian", "Serb"]), EntityType::Norp);
        assert_eq!(refine("MISC", &["Anglo", "-", "Dutch"]), EntityType::Misc);
        assert_eq!(refine("MISC", &["Azerbaijanis"]), EntityType::Norp);
        assert_eq!(refine("MISC", &["Shiite"]), EntityType::Norp);
        assert_eq!(refine("MISC", &["World", "Cup"]), EntityType::Misc);
        assert_eq!(refine("MISC", &["Swedish"]), EntityType::Norp);
        assert_eq!(refine("MISC", &["Finnish"]), EntityType::Norp);
        assert_eq!(refine("MISC", &["Amish"]), EntityType::Misc);
    }

    #[test]
    fn lists_are_lowercase_and_categorised() {
        let entries: Vec<_> = list_entries().collect();
        assert!(entries.len() > 600);
        assert!(entries.iter().all(|(w, _)| w.to_lowercase() == *w));
        assert!(entries.contains(&("iranian", ListCategory::Group)));
    }
}
