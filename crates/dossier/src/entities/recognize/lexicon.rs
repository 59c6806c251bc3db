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

/// More cities and provinces, beyond the capitals above.
const CITIES: &str = "\
manchester liverpool birmingham leeds glasgow sheffield bristol newcastle nottingham \
leicester southampton portsmouth cardiff belfast aberdeen dundee brighton oxford cambridge \
york coventry bradford sunderland middlesbrough derby ipswich norwich blackburn bolton \
chelsea wimbledon lyon marseille toulouse nice nantes strasbourg bordeaux lille rennes \
montpellier monaco cologne koeln dusseldorf stuttgart dortmund essen bremen leipzig dresden \
hanover hannover nuremberg karlsruhe freiburg bochum mainz kaiserslautern bielefeld \
rostock salzburg graz innsbruck linz basel lausanne lucerne turin genoa florence bologna \
venice palermo verona bari parma udine cagliari piacenza vicenza bergamo perugia \
barcelona valencia seville sevilla bilbao zaragoza malaga la_coruna coruna valladolid \
oviedo santander tenerife porto oporto braga rotterdam utrecht eindhoven the_hague \
antwerp ghent bruges liege charleroi gothenburg malmo bergen trondheim aarhus odense \
tampere turku gdansk krakow wroclaw poznan lodz katowice brno ostrava bratislava kosice \
debrecen cluj timisoara constanta iasi plovdiv varna split rijeka skopje tirana \
thessaloniki izmir antalya bursa adana st._petersburg saint_petersburg leningrad \
novosibirsk yekaterinburg volgograd vladivostok murmansk kaliningrad samara kazan odessa \
kharkov kharkiv lviv donetsk dnipropetrovsk sevastopol simferopol chisinau \
new_york los_angeles san_diego san_jose san_antonio phoenix philadelphia seattle denver \
portland pittsburgh cleveland cincinnati baltimore milwaukee minneapolis st._louis \
kansas_city indianapolis columbus nashville memphis charlotte orlando tampa sacramento \
las_vegas salt_lake_city oakland anaheim buffalo hartford newark jersey_city honolulu \
anchorage albuquerque tucson austin el_paso omaha richmond raleigh louisville \
calgary edmonton winnipeg quebec_city halifax victoria hamilton \
guadalajara monterrey tijuana cancun acapulco medellin cali cartagena barranquilla \
guayaquil quito la_paz santa_cruz asuncion valparaiso rosario cordoba mendoza \
porto_alegre belo_horizonte recife salvador fortaleza curitiba manaus \
brisbane perth adelaide canberra hobart darwin auckland christchurch \
osaka kyoto kobe yokohama nagoya hiroshima sapporo fukuoka nagasaki busan pusan incheon \
guangzhou shenzhen tianjin chongqing wuhan nanjing chengdu xian harbin shenyang dalian \
qingdao xiamen hangzhou lhasa urumqi kaohsiung macao \
ho_chi_minh_city saigon haiphong phnom_penh vientiane rangoon yangon mandalay \
chiang_mai kuala_lumpur penang surabaya bandung medan denpasar bali cebu davao \
madras chennai bangalore hyderabad ahmedabad pune lucknow kanpur amritsar srinagar \
chandigarh lahore peshawar quetta rawalpindi faisalabad kandahar herat mazar-i-sharif \
chittagong basra mosul kirkuk erbil irbil sulaimaniya najaf karbala tikrit fallujah \
aleppo homs latakia tyre sidon tripoli haifa ashdod ashkelon eilat ramallah jericho \
bethlehem khan_younis rafah isfahan shiraz tabriz mashhad qom abadan \
mecca medina dammam dhahran aden taez alexandria port_said suez luxor aswan \
benghazi misrata oran constantine casablanca marrakesh fez tangier sfax \
omdurman juba asmara mombasa kisumu arusha zanzibar entebbe goma bukavu kisangani \
lubumbashi bujumbura brazzaville pointe-noire douala yaounde libreville bangui \
ndjamena niamey bamako ouagadougou conakry freetown monrovia banjul bissau nouakchott \
abuja kano ibadan port_harcourt kaduna lome cotonou porto-novo windhoek gaborone maseru \
mbabane maputo beira blantyre lilongwe bulawayo durban port_elizabeth soweto \
bloemfontein antananarivo port_louis \
andijan samarkand bishkek osh ashgabat astana alma-ata sukhumi tskhinvali stepanakert \
gyumri ganja pristina podgorica mostar banja_luka tuzla srebrenica zenica pale \
vukovar osijek knin dubrovnik zadar novi_sad nis ljubljana maribor \
gaza_city";

/// Given names, of many languages.
const GIVEN_NAMES: &str = "\
aaron abdul abdullah abu adam adrian ahmad ahmed aidan alain alan alberto albert \
aleksandr aleksander alessandro alex alexander alexandre alexei alfred ali alice alicia \
alison amanda amir amy ana anatoly anders andre andrea andreas andrei andres andrew \
andrzej angela angelo anil anita ann anna anne annie anthony antoine anton antonio \
anwar arafat arif arjun arnold arthur arturo ashok aslan augusto ayman azeem barbara \
barry bart beatrice ben benjamin benoit bernard bernd bertrand betty bill billy bjorn \
bob bogdan boris brad bradley brendan brian bruce bruno byron carl carla carlo carlos \
carmen carol caroline catherine cesar charles charlie chris christian christina \
christine christophe christopher claire claude claudia claudio colin craig cristina \
cynthia dan daniel daniela danielle danny dario dave david dean deborah denis dennis \
derek diana diane diego dieter dimitri dimitris dmitry dominic dominique donald \
doug douglas duncan dusan eamon eddie edgar eduard eduardo edward elena elias \
elizabeth ellen emil emile emily emma emmanuel enrico enrique eric erik ernesto ernst \
esteban eugene evgeny fabio fabrice fahd faisal farid farouk fatima federico felipe \
felix fernando filip florian francesca francesco francis francisco franco francois \
frank franz fred frederic frederick friedrich gabriel gary geoff geoffrey george \
georges gerald gerard gerhard giacomo gianni gilbert giorgio giovanni giuseppe glenn \
gordon graham greg gregory guido guillaume gunter gustavo guy hamid hans harold harry \
hasan hassan heinrich heinz helen helmut henri henrik henry herbert hermann hiroshi \
horst hosni howard hugh hugo hussein ian ibrahim igor ilya imran ingrid irina isaac \
ismail ivan ivo jack jacob jacques jaime jakob james jamie jan jane janet jason javier \
jean jeff jeffrey jennifer jens jeremy jerome jerry jesus jim jimmy joachim joan joao \
joe joel johan johann johannes john jon jonas jonathan jorge jose josef joseph juan \
judith jules julia julian julie julio jurgen justin kamal karel karen karim karin \
karl kate katherine kathleen keith ken kenneth kevin khaled khalid kim klaus konstantin \
kurt lars laura laurent lawrence lee leon leonard leonid lesley leslie lewis linda \
lisa lorenzo louis luc luca lucas luigi luis lukas maciej magnus mahmoud manfred \
manuel marc marcel marco marcus margaret maria marie mario marion mark marko martin \
mary massimo mathieu matt matthew matthias maurice max maxim mehmet michael michel \
michele miguel mikhail milan miroslav mohamed mohammad mohammed monica muhammad murat \
mustafa nabil nadia nancy naoki nasser natalia natasha nathan neil nelson nicholas \
nick nicola nicolas nigel nikolai nikolay nina noel norbert norman oleg oliver olivier \
omar oscar osman otto pablo paolo pascal patricia patrick paul paula pavel pedro \
peter petr petra philip philippe phillip pierre pietro piotr rachel rafael rainer \
ralf ralph ramon randy raul ray raymond rebecca reza ricardo riccardo richard rick \
robert roberto robin roger roland rolf roman ronald rosa ross roy rudolf ruth ryan \
saddam said salim salman sam samir samuel sandra sara sarah scott sean sebastian \
sergei sergey sergio shane sharon sheikh shimon simon slobodan sophie stanislav \
stefan stefano stephan stephane stephen steve steven stuart sultan susan sven \
sylvie tadeusz tariq ted terry thierry thomas tim timothy tobias todd tom tomas tommy \
tony tore ulrich uwe valentin valery vasily viktor victor vincent vincenzo vitaly \
vladimir vojislav walter warren werner wilhelm william willem wolfgang xavier \
yasser yevgeny yitzhak yoshiro yuri yusuf zbigniew zoran \
akira hideo hiroshi ichiro junichiro kenji koichi makoto masahiko masao ryutaro \
shinzo takeshi tetsuya yasuo yoshihiro yukio kazuo morihiro tomiichi \
jiang zhu li wang deng qian hu zhao chen liu yang lee kim park choi \
benazir nawaz atal narasimha rajiv sonia indira manmohan jyoti lalu mulayam \
kofi nelson thabo jacob robert laurent joseph yoweri daniel olusegun sani \
jose fidel raul ernesto hugo alvaro ernesto vicente carlos alberto fernando \
nursultan islam askar heydar eduard levon boris leonid lech aleksander vaclav \
arpad gyula laszlo ferenc istvan zoltan ion emil traian petre corneliu \
alija radovan ratko franjo momir zivko biljana zoran ante mate goran \
benjamin yitzhak shimon ehud ariel natan avigdor binyamin yasser mahmoud \
hafez bashar rafik rafiq nabih walid michel emile amine elias \
recep tansu mesut necmettin bulent suleyman turgut abdullah akbar ali-akbar \
mohammad-reza hashemi yasin shamil dzhokhar aslan zelimkhan akhmad ruslan";

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
static CITY_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(CITIES));

/// A gazetteer category of the hand-written lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListCategory {
    /// Countries, states, cities.
    Political,
    /// Regions, continents, seas, rivers.
    Geographic,
    /// Nationality, ethnic, religious and political groups.
    Group,
    /// Given names.
    GivenName,
}

/// Every entry of the hand-written lists (lowercase words joined by spaces) with its category.
pub fn list_entries() -> impl Iterator<Item = (&'static str, ListCategory)> {
    [
        (POLITICAL, ListCategory::Political),
        (CITIES, ListCategory::Political),
        (GEOGRAPHIC, ListCategory::Geographic),
        (GROUPS, ListCategory::Group),
        (GIVEN_NAMES, ListCategory::GivenName),
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
                    && !CITY_SET.contains(&phrase)
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
        assert!(entries.contains(&("viktor", ListCategory::GivenName)));
    }
}
