package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// fixedTagger tags the given texts with the given kinds, as a trained tagger
// would.
type fixedTagger map[string]Kind

// Tag tags the first occurrence of each text that is not inside a longer
// tagged text, as a real tagger would not tag a name twice over.
func (f fixedTagger) Tag(d *Doc) ([]Mention, error) {
	texts := make([]string, 0, len(f))
	for text := range f {
		texts = append(texts, text)
	}
	sort.Slice(texts, func(a, b int) bool {
		return len(texts[a]) > len(texts[b]) || len(texts[a]) == len(texts[b]) && texts[a] < texts[b]
	})
	taken := make([]bool, len(d.Tokens))
	var out []Mention
	for _, text := range texts {
		for off := 0; ; {
			i := strings.Index(d.Text[off:], text)
			if i < 0 {
				break
			}
			i += off
			off = i + len(text)
			first, last := tokenRange(d, Span{Start: i, End: i + len(text)})
			if taken[first] || taken[last-1] {
				continue
			}
			for k := first; k < last; k++ {
				taken[k] = true
			}
			out = append(out, mention(d, first, last, f[text], ""))
			break
		}
	}
	sortMentions(out)
	return out, nil
}

// countriesOnly is a Gazetteer of a few countries.
type countriesOnly map[string]string

func (c countriesOnly) Place(name string, _ []string) (Place, bool) { return c.Country(name) }

func (c countriesOnly) Country(w string) (Place, bool) {
	if n, ok := c[lower(w)]; ok {
		return Place{Name: n, Kind: Country}, true
	}
	return Place{}, false
}

func TestCombinedTagger(t *testing.T) {
	names := &GivenNames{pFemale: map[string]float32{"al": 0, "karoline": 1, "north": 0, "salim": 0, "le": 0.5, "manuel": 0, "bartholomew": 0, "court": 0, "tran": 0.4, "quoc": 0, "luis": 0, "harris": 0, "royal": 0, "tom": 0, "penny": 1, "maria": 1, "hassan": 0, "mariana": 1, "caspian": 0}}
	for _, tc := range []struct {
		text    string
		trained fixedTagger
		want    string // person mentions, "|"-separated, in order
	}{
		{"Trump met Press Secretary Karoline Leavitt on Monday.", fixedTagger{"Trump": Person}, "Trump|Karoline Leavitt"},
		{"The envoy spoke on Thursday. (Al Drago/Bloomberg via Getty Images)", fixedTagger{"Al Drago": Location, "Getty Images": Person}, "Al Drago"},
		{"He met the crowds on the sidelines of Pope Leo XIV's first mass.", fixedTagger{"Pope Leo": Location}, "Leo XIV"},
		{"Talks went well. Leavitt told reporters that peace was close.", fixedTagger{}, "Leavitt"},
		{"Before Levy's arrival, Kinkel spoke.", fixedTagger{"Before Levy": Person}, "Levy"},
		{"A quake of 5.0 on the Richter scale shook the city during a visit by Ryutaro Hashimoto.", fixedTagger{"Richter": Person, "Ryutaro Hashimoto": Person}, "Ryutaro Hashimoto"},
		{"Paper says the minister consulted an astrologer.", fixedTagger{}, ""},
		{"Ships crossed the North Yemen border and the Juan Santamaria airport.", fixedTagger{}, ""},
		// An apposition that gives an office makes a person of a name taken for a body; one that says "a group" makes a body.
		{"They show that Aroha Te Rangi, the Minister for Resources, met her.", fixedTagger{"Aroha Te Rangi": Organization}, "Aroha Te Rangi"},
		{"The new Supreme Court, led by its president, took office.", fixedTagger{"Supreme Court": Organization}, ""},
		{"He had lunch with Anna Berg, chief executive of Acme, on Monday.", fixedTagger{"Anna Berg": Organization}, "Anna Berg"},
		// A name taken for a body that speaks as a person does is a person, in every mention.
		{"Tigist Alemayehu won. Tigist, for her part, said she would rest.", fixedTagger{"Tigist Alemayehu": Organization, "Tigist": Organization}, "Tigist Alemayehu|Tigist"},
		{"Acme Foods won. Acme Foods said the deal was done.", fixedTagger{"Acme Foods": Organization}, ""},
		{"We stayed with Nodar Tsiklauri. Nodar is 71 and makes wine.", fixedTagger{"Nodar Tsiklauri": Organization, "Nodar": Organization}, "Nodar Tsiklauri|Nodar"},
		{"Nodar Tsiklauri's daughter runs the export side.", fixedTagger{"Nodar Tsiklauri": Organization}, "Nodar Tsiklauri"},
		{"Store owner Corazon Villanueva, 52, reported a call.", fixedTagger{"Corazon Villanueva": Organization}, "Corazon Villanueva"},
		{"The prize went to Kavitha and her translator. Kavitha, who lives in Nagapattinam, wrote it.", fixedTagger{"Kavitha": Organization}, "Kavitha"},
		{"The Queenmother of Akrokerri, Nana Afua Serwaa II, and his elders met.", fixedTagger{"Akrokerri": Organization, "Nana Afua Serwaa II": Person}, "Nana Afua Serwaa II"},
		// A name with a particle and a known given name, before an apposition of what a person does.
		{"Maria da Costa Ximenes, the interpreter who helped, died on Sunday.", fixedTagger{"Maria da Costa Ximenes": Organization}, "Maria da Costa Ximenes"},
		{"That claim is disputed by Kaitiaki Moana, an environmental group opposing the project.", fixedTagger{"Kaitiaki Moana": Person}, ""},
		{"That claim is disputed by Kaitiaki Moana, a group leader.", fixedTagger{"Kaitiaki Moana": Person}, "Kaitiaki Moana"},
		// A country or a building is no person, unless a person of that surname is named.
		{"Talks in Yemen ended. Officials met at the Rod Laver Arena.", fixedTagger{"Yemen": Person, "Rod Laver Arena": Person}, ""},
		{"Ali Yemen arrived. Yemen spoke.", fixedTagger{"Ali Yemen": Person, "Yemen": Person}, "Ali Yemen|Yemen"},
		// A name tagged as a thing right after the country of a title is the title's holder.
		{"Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan spoke.", fixedTagger{"Foreign Affairs": Organization, "Republic of Armenia": Location, "Ararat Mirzoyan": Misc}, "Ararat Mirzoyan"},
		{"Visitors to the Republic of Armenia Ararat Mirzoyan praised it.", fixedTagger{"Republic of Armenia": Location, "Ararat Mirzoyan": Misc}, ""},
		// A quoted nickname inside a name: one person, split by the tagger at the quotes.
		{"He received Cardinal Pablo Virgilio “Ambo” David on Monday.", fixedTagger{"Pablo Virgilio": Person, "Ambo": Misc, "David": Person}, "Pablo Virgilio “Ambo” David"},
		{`Jose "Pepe" Mujica spoke.`, fixedTagger{"Jose": Person, "Pepe": Misc, "Mujica": Person}, `Jose "Pepe" Mujica`},
		{"Marcos met Panfilo “Ping” Lacson and Vicente “Tito” Sotto III.", fixedTagger{"Marcos": Person, "Panfilo": Person, "Ping": Misc, "Lacson": Organization, "Vicente": Person, "Tito": Person, "Sotto III": Organization}, "Marcos|Panfilo “Ping” Lacson|Vicente “Tito” Sotto III"},
		{`Economy Minister Luis "Toto" Caputo spoke.`, fixedTagger{"Luis": Person}, `Luis "Toto" Caputo`},
		{`John Smith called Mary Jones "a liar" on Monday.`, fixedTagger{"John Smith": Person, "Mary Jones": Person}, "John Smith|Mary Jones"},
		// A Malay style of address before a name is its role, however the tagger split it.
		{"Foreign Minister Datuk Seri Utama Mohamad Hasan spoke.", fixedTagger{"Seri Utama": Person, "Mohamad Hasan": Person}, "Mohamad Hasan"},
		{"Yang Berhormat Dato' Seri Utama Haji Mohamad bin Haji Hasan hosted him.", fixedTagger{"Yang Berhormat Dato": Person, "Utama Haji Mohamad bin Haji Hasan": Person}, "Mohamad bin Haji Hasan"},
		{"Tan Sri Muhyiddin Yassin met Tan Wei Ming.", fixedTagger{"Sri Muhyiddin Yassin": Person, "Tan Wei Ming": Person}, "Muhyiddin Yassin|Tan Wei Ming"},
		{"Toh Chin Chye met Yang Jiechi.", fixedTagger{"Toh Chin Chye": Person, "Yang Jiechi": Person}, "Toh Chin Chye|Yang Jiechi"},
		// A given name, accented or not, then a country: a surname.
		{"Prime Minister Luís Montenegro spoke.", fixedTagger{"Luís": Person, "Montenegro": Location}, "Luís Montenegro"},
		{"Envoy Bob Montenegro spoke.", fixedTagger{"Bob": Person, "Montenegro": Location}, "Bob"},
		// A name the tagger took for a body, whose given names alone name a person elsewhere.
		{"The president, Jhon Edinson Perdomo Vargas, hosted him. Jhon Edinson spoke.", fixedTagger{"Jhon Edinson Perdomo Vargas": Organization, "Jhon Edinson": Person}, "Jhon Edinson Perdomo Vargas|Jhon Edinson"},
		{"He met Al Dhafra Holding officials. Al Dhafra spoke.", fixedTagger{"Al Dhafra Holding": Organization, "Al Dhafra": Person}, "Al Dhafra"},
		// A storm is no person: "Hurricane Melissa", "Typhoon Haiyan".
		{"Hurricane Melissa hit Jamaica. Typhoon Haiyan hit Leyte.", fixedTagger{"Melissa": Person, "Typhoon Haiyan": Person}, ""},
		// The first of a pair of names after "pair", taken for a body, is a person.
		{"She will meet the Polish pair Bartłomiej Wąsowicz and Zofia Krawczyk-Lis.", fixedTagger{"Bartłomiej Wąsowicz": Organization, "Zofia Krawczyk-Lis": Person}, "Bartłomiej Wąsowicz|Zofia Krawczyk-Lis"},
		// A Cambodian style of address before a name is its role.
		{"Samdech Techo Hun Sen spoke.", fixedTagger{"Samdech Techo Hun": Organization}, "Hun Sen"},
		// An agency's acronym and "Administrator" before a name: the title.
		{"APLCA Administrator Park Min-seok met him.", fixedTagger{"APLCA Administrator Park Min-seok": Organization}, "Park Min-seok"},
		// Malaysian company suffixes end no person's name.
		{"Ms. Priya Raghunathan of Meridian Capital Asia Sdn. Bhd. spoke.", fixedTagger{"Priya Raghunathan": Person, "Asia Sdn": Person}, "Priya Raghunathan"},
		// An honorific before a name is its role: "Honourable Chisanga Mbewe".
		{"Last month the minister, Honourable Chisanga Mbewe, came.", fixedTagger{"Honourable Chisanga Mbewe": Person}, "Chisanga Mbewe"},
		// "President of the Republic X": the state is the title's.
		{"President of the Republic Kais Saied received her.", fixedTagger{"Republic Kais Saied": Organization}, "Kais Saied"},
		{"He is first deputy chairman of the State Duma Committee on International Affairs.", fixedTagger{"State Duma Committee": Organization}, ""},
		// Roads, prefectures, stadiums, schools and plans are no people either.
		{"Talks were held at John Guise Stadium near Rajaji Marg, and the Saga Prefecture backed the Growth Plan.", fixedTagger{"John Guise Stadium": Person, "Rajaji Marg": Person, "Saga Prefecture": Person, "Growth Plan": Person}, ""},
		// A landform or a body is no person, even after a given name: "Harris Promenade".
		{"They met on Harris Promenade below Broad Peak. The Royal Household and the Democratic Movement spoke.", fixedTagger{"Harris Promenade": Person, "Broad Peak": Person, "Royal Household": Person, "Democratic Movement": Person}, ""},
		{"Tom Ridge met Penny Lane.", fixedTagger{"Tom Ridge": Person, "Penny Lane": Person}, "Tom Ridge|Penny Lane"},
		// The country that is someone's surname is that person alone, unless the article uses it as a place.
		{"Prime Minister Luís Montenegro spoke. Sánchez met Montenegro on Monday.", fixedTagger{"Luís": Person, "Montenegro": Location, "Sánchez": Person}, "Luís Montenegro|Sánchez|Montenegro"},
		{"Prime Minister Luís Montenegro spoke. Sánchez met Montenegro on Monday in Montenegro.", fixedTagger{"Luís": Person, "Montenegro": Location, "Sánchez": Person}, "Luís Montenegro|Sánchez"},
		// Initials without stops open the name; "A" only before another initial.
		{"When K P Sharma Oli met him, it was a thaw.", fixedTagger{"Sharma Oli": Person}, "K P Sharma Oli"},
		{"A P J Abdul Kalam spoke.", fixedTagger{"Abdul Kalam": Person}, "A P J Abdul Kalam"},
		{"A Narendra Modi aide spoke.", fixedTagger{"Narendra Modi": Person}, "Narendra Modi"},
		{"Under Plan B Sharma spoke.", fixedTagger{"Sharma": Person}, "Sharma"},
		// Ethiopian and diplomatic styles before a name the tagger took for a body.
		{"It was signed by Ato Dawit Tesfaye Gebremariam and H.E. Tadesse Worku Gebre.", fixedTagger{"Ato Dawit Tesfaye Gebremariam": Organization, "H.E. Tadesse Worku Gebre": Organization}, "Dawit Tesfaye Gebremariam|Tadesse Worku Gebre"},
		// The two parts of an Arabic name the tagger split; a province is no person.
		{"It was signed by Dr. Hossam El-Din Abdel Ghaffar on Monday.", fixedTagger{"Hossam El-Din": Person, "Abdel Ghaffar": Person}, "Hossam El-Din Abdel Ghaffar"},
		// Regions, lakes and places whose last word is a surname are no people.
		{"Protests spread across West Africa, the Pacific and Lake Titicaca.", fixedTagger{"West Africa": Person, "Pacific": Person, "Lake Titicaca": Person}, ""},
		{"They met in his office on Parliament Hill.", fixedTagger{"Hill": Person}, ""},
		{"He held talks with Abdulla bin Touq Al Marri on Monday.", fixedTagger{"Abdulla": Organization, "Touq Al Marri": Person}, "Abdulla bin Touq Al Marri"},
		{"He will meet Gandaki Province Chief Minister Hari Prasad Poudel.", fixedTagger{"Gandaki": Person, "Hari Prasad Poudel": Person}, "Hari Prasad Poudel"},
		// The first of a double surname, alone and without its accent, is the person.
		{"Foreign Minister Rubén Ramírez Lezcano arrived on Monday. Ramirez met Han Kuo-yu.", fixedTagger{"Rubén Ramírez Lezcano": Person, "Ramirez": Location, "Han Kuo-yu": Person}, "Rubén Ramírez Lezcano|Ramirez|Han Kuo-yu"},
		// A name after a portfolio that the tagger ran into it.
		{"He was received by Minister of State for External Affairs Pabitra Margherita.", fixedTagger{"External Affairs Pabitra Margherita": Organization}, "Pabitra Margherita"},
		{"He met the Minister of Trade and Industry officials.", fixedTagger{"Trade and Industry": Organization}, ""},
		// A name after the body of a title, or set off by commas after a title and its portfolio.
		{"Speaker of the Grand National Assembly Hüseyin Cahit Özdemir received them.", fixedTagger{"Grand National Assembly Hüseyin Cahit Özdemir": Organization}, "Hüseyin Cahit Özdemir"},
		{"The Speaker of the National Assembly Building Committee met.", fixedTagger{"National Assembly Building Committee": Organization}, ""},
		{"Kenya's Principal Secretary for Foreign Affairs, Zawadi Achieng Odhiambo, spoke.", fixedTagger{"Zawadi Achieng Odhiambo": Organization}, "Zawadi Achieng Odhiambo"},
		{"The Minister of Foreign Affairs, Kenya Airways and others spoke.", fixedTagger{"Foreign Affairs": Organization, "Kenya Airways": Organization}, ""},
		// A title written before a name is no part of it.
		{"Prof Muhammad Yunus met Modi.", fixedTagger{"Prof Muhammad Yunus": Person, "Modi": Person}, "Muhammad Yunus|Modi"},
		// A person at the end of an organisation that starts with a title.
		{"He spoke with the Emir of Qatar Sheikh Tamim.", fixedTagger{"Emir of Qatar Sheikh Tamim": Organization}, "Tamim"},
		{"Respected Comrade Kim Jong Un received him.", fixedTagger{"Respected Comrade Kim Jong Un": Organization}, "Kim Jong Un"},
		{"His Royal Highness met him.", fixedTagger{"Royal Highness": Person}, ""},
		{"Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud met him.", fixedTagger{"Mohammed bin Salman": Person, "Abdulaziz Al Saud": Person}, "Mohammed bin Salman bin Abdulaziz Al Saud"},
		{"President Recep Tayyip Erdogan arrived. Erdogan spoke.", fixedTagger{"Recep Tayyip Erdogan": Misc, "Erdogan": Person}, "Recep Tayyip Erdogan|Erdogan"},
		// A name after a title inside a place or thing; not "General" nor a body.
		{"Huang will meet Taipei Mayor Chiang Wan-an.", fixedTagger{"Huang": Person, "Taipei Mayor Chiang Wan-an": Misc}, "Huang|Chiang Wan-an"},
		{"They met at the UN General Assembly.", fixedTagger{"UN General Assembly": Organization}, ""},
		// A body's short name in brackets after it is no person; a person's is.
		{"The Tanzania-Zambia Railway (Tazara) will be upgraded. Tazara was built in 1975.", fixedTagger{"Tazara": Person}, ""},
		{"Senator John Smith (Smith) spoke.", fixedTagger{"John Smith": Person, "Smith": Person}, "John Smith|Smith"},
		{"He met the National Assembly Speaker Council.", fixedTagger{"National Assembly Speaker Council": Organization}, ""},
		// A name right after a lower-case title, tagged as an organisation; not after "official".
		{"They were joined by retired armed forces chief Zulkifli Zainal Abidin.", fixedTagger{"Zulkifli Zainal Abidin": Organization}, "Zulkifli Zainal Abidin"},
		{"The official China Daily newspaper said so.", fixedTagger{"China Daily": Organization}, ""},
		{"He honoured the guest and his spouse Wan Azizah Wan Ismail.", fixedTagger{"Wan Azizah Wan Ismail": Organization}, "Wan Azizah Wan Ismail"},
		// Name-like words met, phoned or spoken to are a person, whatever the tagger took them for;
		// not an outlet, nor words before a title or in an agreement's name.
		{"Fiqi also paid a courtesy call on Numan Kurtulmus, speaker of the parliament.", fixedTagger{"Fiqi": Person, "Numan Kurtulmus": Misc}, "Fiqi|Numan Kurtulmus"},
		{"He had a good chat on the phone with Charith Weerasooriya on Saturday.", fixedTagger{"Charith Weerasooriya": Organization}, "Charith Weerasooriya"},
		{"Rossetto, speaking to Nation Sport from Brescia, said so.", fixedTagger{"Rossetto": Person, "Nation Sport": Organization}, "Rossetto"},
		{"He will meet World Athletics president Sebastian Coe.", fixedTagger{"World Athletics": Organization, "Sebastian Coe": Person}, "Sebastian Coe"},
		{"They signed a Memorandum of Understanding on Political Consultations.", fixedTagger{"Political Consultations": Misc}, ""},
		// A family name and a hyphenated given name is a person by its shape; a hyphenated adjective is not.
		{"Choi Eun-ha had also met Park Jae-sung in December.", fixedTagger{"Choi Eun-ha": Misc, "Park Jae-sung": Misc}, "Choi Eun-ha|Park Jae-sung"},
		{"He will soon meet Academy Award-winning screenwriter William Goldman.", fixedTagger{"Academy Award-winning": Misc, "William Goldman": Person}, "William Goldman"},
		{"Its Seoul Korea-based unit grew.", fixedTagger{"Korea-based": Misc}, ""},
		{"He met the Marseille-based Yannick Mbala.", fixedTagger{"Marseille-based Yannick Mbala": Person}, "Yannick Mbala"},
		// A list of one shape, a place's possessive and a name: all people when one is.
		{"He met Peru's Mary Jones and Chile's Peter Lee.", fixedTagger{"Peru": Location, "Mary Jones": Person, "Chile": Location, "Peter Lee": Organization}, "Mary Jones|Peter Lee"},
		{"He met Peru's Mary Jones and Chile's Codelco Mining.", fixedTagger{"Peru": Location, "Mary Jones": Organization, "Chile": Location, "Codelco Mining": Organization}, ""},
		// Two people under one plural title.
		{"Messrs Tuggar and Ablakwa held talks.", fixedTagger{"Messrs Tuggar": Person, "Ablakwa": Organization}, "Tuggar|Ablakwa"},
		// An abbreviated given name with its full stop is part of the name.
		{"Foreign Secretary Ma. Theresa Lazaro met him.", fixedTagger{"Theresa Lazaro": Person}, "Ma. Theresa Lazaro"},
		{"Adviser Md. Touhid Hossain met Jack Ma. The talks ended.", fixedTagger{"Touhid Hossain": Person, "Jack Ma": Person}, "Md. Touhid Hossain|Jack Ma"},
		// A known given name alone after a title inside a thing is a person; a building's word is not.
		{"He was received by Ecumenical Patriarch Bartholomew at the Phanar.", fixedTagger{"Ecumenical Patriarch Bartholomew": Organization}, "Bartholomew"},
		{"The trial at Southwark Crown Court began.", fixedTagger{"Southwark Crown Court": Organization}, ""},
		// A body after a title and "of" is no person, whatever either tagger took it for.
		{"The Chief Executive Officer of Harbourview Bank, Mr. Olatunde Adeyemi-Banjo, spoke.", fixedTagger{"Officer of Harbourview Bank": Organization, "Olatunde Adeyemi-Banjo": Person}, "Olatunde Adeyemi-Banjo"},
		{"The President of Harbourview Holdings, Mr. Olatunde Adeyemi-Banjo, spoke.", fixedTagger{"Harbourview Holdings": Person, "Olatunde Adeyemi-Banjo": Person}, "Olatunde Adeyemi-Banjo"},
		// A name after a role whose first word alone is a person elsewhere (family name first); not after a name and a verb.
		{"He met state executive councillor for investment Tan Wei Ming. Tan said so.", fixedTagger{"Tan Wei Ming": Organization, "Tan": Person}, "Tan Wei Ming|Tan"},
		{"Chairman Arvind Menon hosted Tanabe Electric president Hiroshi Tanabe. Tanabe said so.", fixedTagger{"Arvind Menon": Person, "Tanabe Electric": Organization, "Hiroshi Tanabe": Person, "Tanabe": Person}, "Arvind Menon|Hiroshi Tanabe|Tanabe"},
		// A name after a hyphenated title ("Vice-chair") or a religious one is a person.
		{"Vice-chair Selin Karaca Ozturk spoke.", fixedTagger{"Selin Karaca Ozturk": Organization}, "Selin Karaca Ozturk"},
		{"Archimandrite Nikodimos Vlachos spoke.", fixedTagger{"Archimandrite Nikodimos Vlachos": Organization}, "Nikodimos Vlachos"},
		// A building named with "the" is no person for a person tagged by its last word alone.
		{"Kashim Shettima received Bolat at the Presidential Villa. From the Villa, he drove on.", fixedTagger{"Kashim Shettima": Person, "Bolat": Person, "Presidential Villa": Organization, "Villa": Person}, "Kashim Shettima|Bolat"},
		// A faith or a church ends no person's name.
		{"He is abbot of a Seon Buddhist temple near the Greek Orthodox Church.", fixedTagger{"Seon Buddhist": Person, "Orthodox Church": Person}, ""},
		// Names on both sides of "&" are a firm's.
		{"Howard Tsai of Tsai & Brennan LLP spoke.", fixedTagger{"Howard Tsai": Person, "Tsai": Person, "Brennan LLP": Person}, "Howard Tsai"},
		// Portfolio words before a title are no person.
		{"So said Deputy Investment, Trade and Industry Minister Datuk Mohd Rizal Hamdan.", fixedTagger{"Deputy Investment": Person, "Datuk Mohd Rizal Hamdan": Person}, "Mohd Rizal Hamdan"},
		// The given names of a person named in full are that person; a place is not.
		{"Datuk Mohd Rizal Hamdan spoke. Mohd Rizal said so.", fixedTagger{"Datuk Mohd Rizal Hamdan": Person, "Mohd Rizal": Organization}, "Mohd Rizal Hamdan|Mohd Rizal"},
		{"Abu Dhabi AI grew. In Abu Dhabi, he spoke.", fixedTagger{"Abu Dhabi AI": Person, "Abu Dhabi": Location}, "Abu Dhabi AI"},
		// A name after a company noun, or after "president of", is a company's.
		{"Pavel Zuyev, general director of the machine-tool maker Uralskiye Stanki, and Yuko Sakamoto, president of Kyushu Silicon Works, spoke.", fixedTagger{"Pavel Zuyev": Person, "Uralskiye Stanki": Person, "Yuko Sakamoto": Person, "Kyushu Silicon Works": Person}, "Pavel Zuyev|Yuko Sakamoto"},
		// "at the X" is a venue.
		{"The emir received each leader at the Amiri Diwan.", fixedTagger{"Amiri Diwan": Person}, ""},
		// A name right after a title that ends with a place.
		{"Putin and President of the People's Republic of China Xi Jinping held talks.", fixedTagger{"Putin": Person, "China": Location}, "Putin|Xi Jinping"},
		{"The Republic of China Xi Jinping spoke. Xi Jinping left.", fixedTagger{"Republic of China Xi Jinping": Organization, "Xi Jinping": Person}, "Xi Jinping|Xi Jinping"},
		{"Ratcliffe met Erik ten Hag.", fixedTagger{"Ratcliffe": Person, "Erik": Person, "Hag": Person}, "Ratcliffe|Erik ten Hag"},
		{"Later, Lula met Starmer.", fixedTagger{"Later": Person, "Lula": Person, "Starmer": Person}, "Lula|Starmer"},
		// "Sheikh" inside a name; a zone or a ministry is no person.
		{"Ruto hosted Hassan Sheikh Mohamud.", fixedTagger{"Ruto": Person, "Hassan": Person, "Mohamud": Person}, "Ruto|Hassan Sheikh Mohamud"},
		// A given name and "Sheikh" open a name that the tagger took for a place or a body,
		// and the first words of a full name alone are that person.
		{"Ruto hosted Hassan Sheikh Mohamud.", fixedTagger{"Ruto": Person, "Hassan": Location, "Mohamud": Person}, "Ruto|Hassan Sheikh Mohamud"},
		{"Ruto hosted Hassan Sheikh Mohamud.", fixedTagger{"Ruto": Person, "Hassan Sheikh Mohamud": Organization}, "Ruto|Hassan Sheikh Mohamud"},
		// A name taken for a body is a person when "who" or an age follows it.
		{"He was greeted by Mariana Ferraz Pimentel Sousa, who has run the firm since 2019.", fixedTagger{"Mariana Ferraz Pimentel Sousa": Organization}, "Mariana Ferraz Pimentel Sousa"},
		{"He was greeted by Luís Miguel Ferraz Pimentel, 78, the honorary chairman.", fixedTagger{"Luís Miguel Ferraz Pimentel": Organization}, "Luís Miguel Ferraz Pimentel"},
		{"He visited Caves Ferraz Pimentel, which was founded in 1860.", fixedTagger{"Caves Ferraz Pimentel": Organization}, ""},
		// "Very" of "Very Rev." is a style, not a person; "Putin" of "Putin envoy X" is a person.
		{"He telephoned the vicar general, Very Rev. Fr. Martin Bayor.", fixedTagger{"Very": Person, "Martin Bayor": Person}, "Martin Bayor"},
		{"He met Putin envoy Kirill Dmitriev.", fixedTagger{"Putin": Person, "Kirill Dmitriev": Person}, "Putin|Kirill Dmitriev"},
		// A sea is no person.
		{"Ships crossed the Caspian Sea.", fixedTagger{"Caspian Sea": Person}, ""},
		// A sports club is no person, and neither is its name alone elsewhere.
		{"Misti agreed a fee with Bolivia's Club Atlético Chuquiago. His Chuquiago counterpart, Peter Lee, agreed.", fixedTagger{"Atlético Chuquiago": Person, "Chuquiago": Person, "Peter Lee": Person}, "Peter Lee"},
		{"FBC Misti signed the striker. Misti will pay Peter Lee.", fixedTagger{"FBC Misti": Organization, "Misti": Person, "Peter Lee": Person}, "Peter Lee"},
		// A regnal number the tagger split off is part of the name; a place named after a king is no mention of him.
		{"Lin was received by King Mswati III on Wednesday.", fixedTagger{"Lin": Person, "Mswati": Person, "III": Organization}, "Lin|Mswati III"},
		{"Lin flew in from King Mswati III International Airport.", fixedTagger{"Lin": Person, "Mswati": Person, "III International Airport": Organization}, "Lin"},
		{"Hassan Sheikh and Abiy held a meeting.", fixedTagger{"Hassan Sheikh and Abiy": Organization}, "Hassan Sheikh|Abiy"},
		{"Ruto hosted Hassan Sheikh Mohamud. Abiy did not meet Hassan Sheikh.", fixedTagger{"Ruto": Person, "Hassan Sheikh Mohamud": Person, "Abiy": Person, "Hassan Sheikh": Location}, "Ruto|Hassan Sheikh Mohamud|Abiy|Hassan Sheikh"},
		{"The Special Economic Zone and Digital Economy grew.", fixedTagger{"Zone": Person, "Digital Economy": Person}, ""},
		// A run over a verb is two names; a particle joins the pieces of one.
		{"Von der Leyen said de Meo was right.", fixedTagger{"Leyen said de Meo": Person}, "Leyen|de Meo"},
		{"Trump met Crown Prince Mohammed bin Salman.", fixedTagger{"Trump": Person, "Mohammed": Person, "Salman": Person}, "Trump|Mohammed bin Salman"},
		// One sense per article: a word of a full name that a tagger took alone for a person is a person everywhere.
		{"Li Qiang arrived. Li spoke. Yoon met Li.", fixedTagger{"Li Qiang": Person, "Li": Person}, "Li Qiang|Li|Li"},
		{"Li Qiang arrived. Yoon met Li.", fixedTagger{"Li Qiang": Person, "Li": Location}, "Li Qiang"},
		// The first or last word of a full name, alone and untagged, is that person; a place is not.
		{"Prabowo Subianto arrived. Prabowo later met Dick Schoof.", fixedTagger{"Prabowo Subianto": Person, "Dick Schoof": Person}, "Prabowo Subianto|Prabowo|Dick Schoof"},
		{"Ali Yemen arrived. He flew to Yemen.", fixedTagger{"Ali Yemen": Person}, "Ali Yemen"},
		// The last word of a building is no person.
		{"Speaking outside State House, Caroline Whitfield said so.", fixedTagger{"House": Person, "Caroline Whitfield": Person}, "Caroline Whitfield"},
		{"He met Union Minister of State for Home Rajendra Pal.", fixedTagger{"Union": Organization, "State for Home Rajendra Pal": Organization}, "Rajendra Pal"},
		// A portfolio of two departments before the name; not a body after "and".
		{"She met Minister of Electricity and Renewable Energy Hisham Abdel Ghaffar.", fixedTagger{"Electricity": Organization, "Renewable Energy Hisham Abdel Ghaffar": Organization}, "Hisham Abdel Ghaffar"},
		{"Foreign Minister Hakan Fidan and National Intelligence Organization head Ibrahim Kalin spoke.", fixedTagger{"Hakan Fidan": Person, "National Intelligence Organization": Organization, "Ibrahim Kalin": Person}, "Hakan Fidan|Ibrahim Kalin"},
		// A company's name, and its first word alone, are no person's.
		{"Qamar Renewables grew. Mariam Al Suwaidi has led Qamar since 2022.", fixedTagger{"Qamar Renewables": Person, "Mariam Al Suwaidi": Person, "Qamar": Person}, "Mariam Al Suwaidi"},
		{"Zhao Jinsong, chairman of Sino-Zambia Metals, spoke.", fixedTagger{"Zhao Jinsong": Person, "Sino-Zambia Metals": Person}, "Zhao Jinsong"},
		// A body's acronym in brackets before a role is no person.
		{"Council of Governors (CoG) chairperson Ann Karanja spoke. The CoG chairperson left.", fixedTagger{"Council of Governors": Organization, "CoG": Person, "Ann Karanja": Person}, "Ann Karanja"},
		// A capitalised word between two pieces of a name is part of it ("Said" mid-sentence is no verb).
		{"She met Governor Fatuma Said Abdalla on Friday.", fixedTagger{"Fatuma": Person, "Abdalla": Person}, "Fatuma Said Abdalla"},
		{"Trump Tuesday Xi met.", fixedTagger{"Trump": Person, "Xi": Person}, "Trump|Xi"},
		// A first or last word of a full name that the tagger took for an organisation, however short.
		{"Lim Wei Ming hosted them. Lim met Desmond Teo.", fixedTagger{"Lim Wei Ming": Person, "Lim": Organization, "Desmond Teo": Person}, "Lim Wei Ming|Lim|Desmond Teo"},
		{"Lim Wei Ming hosted them. Straits Harbour met Desmond Teo.", fixedTagger{"Lim Wei Ming": Person, "Straits Harbour": Organization, "Desmond Teo": Person}, "Lim Wei Ming|Desmond Teo"},
		// A lone word the tagger did not take for a person, right before a person, begins the name.
		{"It was led by its director general, Mwanaisha Salim Khamis.", fixedTagger{"Mwanaisha": Organization, "Salim Khamis": Person}, "Mwanaisha Salim Khamis"},
		{"They met at the Fiji Times Salim Khamis said.", fixedTagger{"Times": Organization, "Salim Khamis": Person}, "Salim Khamis"},
		// A name that ends in a given name goes on with the surname the tagger took for a body; the surname alone is the person too.
		// The family name He after a hyphenated title.
		{"Chan met Vice-Premier He Lifeng in Beijing.", fixedTagger{"Chan": Person, "Lifeng": Person}, "Chan|He Lifeng"},
		{"Chan met Vice-Premier He Lifeng. Chan told He that. He said so.", fixedTagger{"Chan": Person, "Lifeng": Person, "He": Person}, "Chan|He Lifeng|Chan|He"},
		// A firm named after its founders is no people.
		{"He works at investment bank Harrow and Kline in Seoul.", fixedTagger{"Harrow": Location, "Kline": Person}, ""},
		// A family name written first opens its sentence, untagged; a party is no name.
		{"Tran Quoc Bao runs a factory. He met Kim Jong Un.", fixedTagger{"Quoc Bao": Person, "Kim Jong Un": Person}, "Tran Quoc Bao|Kim Jong Un"},
		{"Republican Quoc Bao spoke.", fixedTagger{"Quoc Bao": Person}, "Quoc Bao"},
		{"José Manuel Ortega Villalba met agent Duarte Pimentel Sousa.", fixedTagger{"José Manuel": Person, "Ortega Villalba": Organization, "Duarte Pimentel Sousa": Organization}, "José Manuel Ortega Villalba|Duarte Pimentel Sousa"},
		{"José Manuel Ortega Villalba spoke. They thanked Ortega Villalba.", fixedTagger{"José Manuel Ortega Villalba": Person, "Ortega Villalba": Organization}, "José Manuel Ortega Villalba|Ortega Villalba"},
		// A nickname before a surname that the tagger ran into an organisation after "and".
		{"Minister Luis “Toto” Caputo and Central Bank Governor Santiago Bausili left.", fixedTagger{"Luis": Person, "Toto": Misc, "Caputo and Central Bank": Organization, "Santiago Bausili": Person}, "Luis “Toto” Caputo|Santiago Bausili"},
		// The last word of a full name, tagged as an unknown place, is the person.
		{"Luis Caputo spoke. Later Caputo left.", fixedTagger{"Luis Caputo": Person, "Caputo": Location}, "Luis Caputo|Caputo"},
		// A name before a building after "a" or "the" is a place: "at a Midtown Manhattan hotel".
		{"They met at a Midtown Manhattan hotel.", fixedTagger{"Midtown Manhattan": Person}, ""},
		// A portfolio with "and" runs to its last department word: "Foreign Affairs and East African Cooperation".
		{"Minister of Foreign Affairs and East African Cooperation Neema Juma Mfinanga spoke.", fixedTagger{"Foreign Affairs": Organization, "East African Cooperation Neema Juma Mfinanga": Organization}, "Neema Juma Mfinanga"},
		// An untagged capitalised word between a place and a name begins the name.
		{"He met Chinese Ambassador to Tanzania Wang Lixin.", fixedTagger{"Tanzania": Location, "Lixin": Person}, "Wang Lixin"},
		// The first word of a full name, tagged as a miscellany, is the person.
		{"Health Minister Budi Gunadi Sadikin arrived. On Monday Budi met him.", fixedTagger{"Budi Gunadi Sadikin": Person, "Budi": Misc}, "Budi Gunadi Sadikin|Budi"},
		// A titled name the rules see, of which the trained tagger took the surname alone for a miscellany.
		{"Mostly Economy Secretary Marcelo Ebrard. On Monday he left.", fixedTagger{"Ebrard": Misc}, "Marcelo Ebrard"},
		// "do" joins a Portuguese name like "da" and "dos".
		{"He met André Corrêa do Lago.", fixedTagger{"André Corrêa": Person, "Lago": Location}, "André Corrêa do Lago"},
		// Given names after "led by" are a person's, not an organisation's.
		{"He met a delegation led by Le Thi Bich Ngoc.", fixedTagger{"Le Thi Bich Ngoc": Organization}, "Le Thi Bich Ngoc"},
		// "Chief of Staff" before a name, tagged with it as a place.
		{"State House Chief of Staff Baraka Mwangi spoke.", fixedTagger{"Staff Baraka Mwangi": Location}, "Baraka Mwangi"},
		// Philippine names: "Ma." for Maria, a nickname, "dela" before the surname.
		{"Sen. Ma. Teresa “Tess” dela Cruz-Villanueva spoke.", fixedTagger{"Ma. Teresa": Person, "Cruz-Villanueva": Organization}, "Ma. Teresa “Tess” dela Cruz-Villanueva"},
		// A dotless military title before a name; "Gen Z" names no one.
		{"Gen Thanakorn Wongsuwan met Lt Gen Wichai Pongpat about the Gen Z protests.", fixedTagger{"Gen Thanakorn Wongsuwan": Person, "Gen Wichai Pongpat": Person}, "Thanakorn Wongsuwan|Wichai Pongpat"},
		// A company is no person, whatever the tagger called it.
		{"Haugen met the Calder Storage board.", fixedTagger{"Haugen": Person, "Calder Storage": Person}, "Haugen"},
		// A place split at its particle is one place, whatever the tagger called its end.
		{"He met her in Dar es Salaam.", fixedTagger{"Dar": Location, "Salaam": Person}, ""},
		// A surname with a particle is the person named in full, whatever the tagger called it.
		{"Trump met al-Sharaa. Ahmed al-Sharaa arrived.", fixedTagger{"Ahmed al-Sharaa": Person, "Trump": Person, "al-Sharaa": Organization}, "Trump|al-Sharaa|Ahmed al-Sharaa"},
		// The first words of a name that a particle joined ("Hassan"
		// "Sheikh" "Mohamud"), taken for a place alone, are that person.
		// A body "of Ministers" run together with the name of its head.
		{"Chairman of the Cabinet of Ministers Adylbek Kasymaliev hosted him.", fixedTagger{"Cabinet of Ministers Adylbek Kasymaliev": Organization}, "Adylbek Kasymaliev"},
		// A country that ends a title "of" before a name is the title's.
		{"Minister for Foreign Affairs of Japan Iwaya Takeshi spoke.", fixedTagger{"Foreign Affairs of Japan Iwaya Takeshi": Organization}, "Iwaya Takeshi"},
		{"Erdoğan brought together Hassan Sheikh and Abiy. President Hassan Sheikh Mohamud spoke.", fixedTagger{"Erdoğan": Person, "Abiy": Person, "Hassan Sheikh": Location, "Hassan": Location, "Mohamud": Person}, "Erdoğan|Hassan Sheikh|Abiy|Hassan Sheikh Mohamud"},
	} {
		d := &Doc{Article: Article{ID: "t", Text: tc.text}}
		d.Tokens = RuleTokenizer{}.Tokenize(d.Text)
		d.Sentences = RuleSplitter{}.Split(d.Text, d.Tokens)
		ct := CombinedTagger{Tagger: tc.trained, Rules: RuleTagger{Names: names, Gazetteer: countriesOnly{"yemen": "Yemen", "japan": "Japan", "montenegro": "Montenegro", "dar es salaam": "Dar es Salaam", "parliament hill": "Parliament Hill"}}}
		ms, err := ct.Tag(d)
		if err != nil {
			t.Fatal(err)
		}
		if g := strings.Join(personTexts(ms), "|"); g != tc.want {
			t.Errorf("CombinedTagger.Tag(%q) people = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestJoinedNameKeepsItsTitle checks that a name joined across "Sheikh"
// from a place and a person keeps the title before it.
func TestJoinedNameKeepsItsTitle(t *testing.T) {
	names := &GivenNames{pFemale: map[string]float32{"hassan": 0}}
	d := &Doc{Article: Article{ID: "t", Text: "President Hassan Sheikh Mohamud spoke on Monday."}}
	d.Tokens = RuleTokenizer{}.Tokenize(d.Text)
	d.Sentences = RuleSplitter{}.Split(d.Text, d.Tokens)
	ms, err := CombinedTagger{Tagger: fixedTagger{"Hassan": Location, "Mohamud": Person}, Rules: RuleTagger{Names: names}}.Tag(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Kind == Person && (m.Text != "Hassan Sheikh Mohamud" || m.Role != "President") {
			t.Errorf("person %q role %q, want Hassan Sheikh Mohamud, President", m.Text, m.Role)
		}
	}
}

// TestPlatformsAreNoPlaces checks that an online service a tagger took for
// a place ("on Facebook") is an organisation, so that no venue is put in it.
func TestPlatformsAreNoPlaces(t *testing.T) {
	for _, m := range tagPlain(t, fixedTagger{"Facebook": Location, "Zoom": Location}, "", "Posts circulating on Facebook said they met via Zoom.") {
		if m.Kind == Location {
			t.Errorf("%q is a place", m.Text)
		}
	}
}

// TestOutletIsNoPerson checks that the article's own outlet, named in its
// text ("seen by Mmegi"), is an organisation whatever the tagger made of it.
func TestOutletIsNoPerson(t *testing.T) {
	for _, c := range []struct {
		outlet, name, text string
		person             bool
	}{
		{"Mmegi", "Mmegi", "The document, seen by Mmegi, records a meeting.", false},
		{"", "Mmegi", "The document, seen by Mmegi, records a meeting.", true},
		// The outlet's last word after "the" is the outlet too.
		{"Ararat Observer", "Observer", "The bill, passed to the Observer, records a meeting.", false},
		{"Ararat Observer", "Observer", "The bill, passed to Observer, records a meeting.", true},
		// The outlet's first word alone.
		{"Tempo English", "Tempo", "The minister told Tempo that the meeting was useful.", false},
		{"Tempo", "Tempo", "The minister told Tempo that the meeting was useful.", false},
	} {
		ms := tagPlain(t, fixedTagger{c.name: Person}, c.outlet, c.text)
		person := false
		for _, m := range ms {
			person = person || m.Kind == Person
		}
		if person != c.person {
			t.Errorf("outlet %q: %q in %q tagged a person = %v, want %v", c.outlet, c.name, c.text, person, c.person)
		}
	}
}

// TestDatelineIsNoPerson checks that the place of the article's dateline,
// named again in its text, is a place even where the tagger took it for a
// person: "TAN LOC, Quang Ngai — ... Tran Van Luc of Tan Loc".
func TestDatelineIsNoPerson(t *testing.T) {
	for _, c := range []struct {
		text   string
		person bool
	}{
		{"TAN LOC, Quang Ngai — The fishermen said Tan Loc was quiet.", false},
		{"HOA BINH, Quang Ngai — The fishermen said Tan Loc was quiet.", true},
	} {
		ms := tagPlain(t, fixedTagger{"Tan Loc": Person}, "", c.text)
		person := false
		for _, m := range ms {
			person = person || m.Kind == Person && m.Text == "Tan Loc"
		}
		if person != c.person {
			t.Errorf("%q: Tan Loc tagged a person = %v, want %v", c.text, person, c.person)
		}
	}
}

// TestOutletTail checks that a mention the tagger cut from the outlet's name
// ("Era" of "told New Era") is read as the outlet's, and a lone word is not.
func TestOutletTail(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"An economist told New Era that the meeting was useful.", "Era", true},
		{"An economist told Era that the meeting was useful.", "Era", false},
		{"An economist told Old Era that the meeting was useful.", "Era", false},
	} {
		d := &Doc{Article: Article{ID: "t", Text: c.text}}
		d.Tokens = RuleTokenizer{}.Tokenize(d.Text)
		i := strings.Index(c.text, " "+c.name+" ") + 1
		k := tokenAt(d, i)
		m := mention(d, k, k+1, Person, "")
		if got := outletTail(d, m, "new era"); got != c.want {
			t.Errorf("outletTail(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestActingNames checks that a run of capitalised words that travels or
// phones as only a person does is a person, whether the tagger left it
// untagged or took it for a body.
func TestActingNames(t *testing.T) {
	for _, c := range []struct {
		tagged fixedTagger
		text   string
		person bool
	}{
		{fixedTagger{}, "Seiuli Tavita Lauina travelled to the big island yesterday.", true},
		{fixedTagger{"Seiuli Tavita Lauina": Organization}, "Seiuli Tavita Lauina travelled to the big island yesterday.", true},
		{fixedTagger{"Seiuli Tavita Lauina": Organization}, "Seiuli Tavita Lauina announced a new road yesterday.", false},
		{fixedTagger{}, "The Land Transport Authority phoned the contractor yesterday.", false},
		// A plural noun of people opening a sentence is a group.
		{fixedTagger{"Organisers": Person}, "Organisers said attendance was the highest in its history.", false},
		{fixedTagger{"Vendors": Person}, "Vendors were told to leave the market.", false},
		// An untitled name that meets or hosts a named person, or that a named person hosts.
		{fixedTagger{"Mette Frederiksen": Person}, "Tshering Tobgay met Mette Frederiksen on Tuesday.", true},
		{fixedTagger{"Mette Frederiksen": Person}, "Tshering Tobgay received a call from Mette Frederiksen on Tuesday.", true},
		{fixedTagger{"Mette Frederiksen": Person}, "Tshering Tobgay met the press on Tuesday.", false},
	} {
		ms := tagPlain(t, c.tagged, "", c.text)
		person := false
		for _, m := range ms {
			person = person || m.Kind == Person && strings.HasPrefix(c.text, m.Text)
		}
		if person != c.person {
			t.Errorf("%q (tagged %v): a person = %v, want %v", c.text, c.tagged, person, c.person)
		}
	}
}

// tagPlain tags text from the outlet with the combined tagger over the
// trained tagger's mentions given, with no given names known.
func tagPlain(t *testing.T, trained fixedTagger, outlet, text string) []Mention {
	t.Helper()
	d := &Doc{Article: Article{ID: "t", Outlet: outlet, Text: text}}
	d.Tokens = RuleTokenizer{}.Tokenize(d.Text)
	d.Sentences = RuleSplitter{}.Split(d.Text, d.Tokens)
	ms, err := CombinedTagger{Tagger: trained, Rules: RuleTagger{Names: &GivenNames{}}}.Tag(d)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// "Amir" before two or more names is a given name; before a title or a
// patronymic it is the ruler's title.
func TestAmirGivenName(t *testing.T) {
	for _, c := range []struct {
		tagged fixedTagger
		text   string
		want   string // the person's mention
	}{
		{fixedTagger{}, "Taliban foreign minister Amir Khan Muttaqi met the envoy.", "Amir Khan Muttaqi"},
		{fixedTagger{"Amir Khan Muttaqi": Person}, "Taliban foreign minister Amir Khan Muttaqi met the envoy.", "Amir Khan Muttaqi"},
		{fixedTagger{}, "Kuwait's Amir Sheikh Mishal met the envoy.", "Mishal"},
		{fixedTagger{"Amir Tamim bin Hamad": Person}, "Amir Tamim bin Hamad met the envoy.", "Tamim bin Hamad"},
	} {
		got := ""
		for _, m := range tagPlain(t, c.tagged, "", c.text) {
			if m.Kind == Person {
				got = m.Text
			}
		}
		if got != c.want {
			t.Errorf("%q (tagged %v): person %q, want %q", c.text, c.tagged, got, c.want)
		}
	}
}

// A day written after a name in wire style ("met Abiy Ahmed Saturday") is no
// part of the name, even where the trained tagger takes it in.
func TestWeekdayAfterName(t *testing.T) {
	ms := tagPlain(t, fixedTagger{"Abiy Ahmed Saturday": Person}, "", "Prime Minister John Smith met Prime Minister Abiy Ahmed Saturday in Rabat.")
	for _, m := range ms {
		if strings.Contains(m.Text, "Abiy") && m.Text != "Abiy Ahmed" {
			t.Errorf("mention %q, want %q", m.Text, "Abiy Ahmed")
		}
	}
}

// An untitled name that a named person hosts or speaks with is a person.
func TestMetByPerson(t *testing.T) {
	text := "Mette Frederiksen hosted Tshering Tobgay on Tuesday."
	found := false
	for _, m := range tagPlain(t, fixedTagger{"Mette Frederiksen": Person}, "", text) {
		found = found || m.Kind == Person && m.Text == "Tshering Tobgay"
	}
	if !found {
		t.Errorf("%q: no person %q", text, "Tshering Tobgay")
	}
}

// A given name joined by "bin" to the father's name the trained tagger took
// alone is part of the name.
func TestPatronymicName(t *testing.T) {
	text := "Mohammed bin Salman sat down with Anwar Ibrahim on Tuesday."
	found := false
	for _, m := range tagPlain(t, fixedTagger{"Salman": Person, "Anwar Ibrahim": Person}, "", text) {
		found = found || m.Kind == Person && m.Text == "Mohammed bin Salman"
	}
	if !found {
		t.Errorf("%q: no person %q", text, "Mohammed bin Salman")
	}
}

// A name that a tagger runs into the second part of a portfolio ("Minister
// of Mines and Geology Bouna Sylla" as "Geology Bouna Sylla") is the
// person, with the whole title for a role; another title after "and" is
// no name.
func TestPortfolioOfTwoParts(t *testing.T) {
	for _, c := range []struct{ text, tagged, want string }{
		{"It was signed by Jakob Stausholm, Minister of Mines and Geology Bouna Sylla and Hu Wangming.", "Geology Bouna Sylla", "Bouna Sylla/Minister of Mines and Geology"},
		{"He met the Minister of Presidential Affairs and National Security Advisor on Monday.", "National Security Advisor", ""},
	} {
		ms := tagPlain(t, fixedTagger{c.tagged: Organization}, "", c.text)
		got := ""
		for _, m := range ms {
			if m.Kind == Person && strings.HasSuffix(c.tagged, m.Text) {
				got = m.Text + "/" + m.Role
			}
		}
		if got != c.want {
			t.Errorf("%q: person = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTaggedPeople checks the people made of what a tagger tagged: a name
// tagged with the heading above it ("Arrivals\nPeter Lee") is the name on
// its own line; a Portuguese double surname joined by "e" is one person's
// ("Ulisses Correia e Silva", split into a person and a body); a name in
// brackets after a body's is the body's faction ("the Bharatiya Kisan Union
// (Ekta Malwa)"), no person.
func TestTaggedPeople(t *testing.T) {
	for _, c := range []struct {
		tagged fixedTagger
		text   string
		want   []string
	}{
		{fixedTagger{"Arrivals\nPeter Lee": Person}, "9:10 am – Arrivals\nPeter Lee met Anna Kay.", []string{"Peter Lee", "Anna Kay"}},
		{fixedTagger{"Ulisses Correia": Person, "Silva": Organization}, "The Prime Minister, Ulisses Correia e Silva, received his counterpart today.", []string{"Ulisses Correia e Silva"}},
		{fixedTagger{"Bharatiya Kisan Union": Organization, "Ekta Malwa": Person}, "She joined a delegation of the Bharatiya Kisan Union (Ekta Malwa) that met the commissioner.", nil},
		{fixedTagger{"Pádraig": Organization, "Máille": Person}, "A caller from Achill, Pádraig Ó Máille, farms sheep.", []string{"Pádraig Ó Máille"}},
		{fixedTagger{"Ciarán Moloney": Organization}, "PRESENTER (Ciarán Moloney): Good morning.", []string{"Ciarán Moloney"}},
		{fixedTagger{"Financial System Stability": Person, "Adaeze Okonkwo": Person, "Baker Lake": Person}, "They were received by the Deputy Governor, Financial System Stability, Dr. Adaeze Okonkwo, before flying to Baker Lake.", []string{"Adaeze Okonkwo"}},
		{fixedTagger{"Mann": Location, "Bhagwant Mann": Person}, "Water row: Mann meets Governor\nChief Minister Bhagwant Mann on Saturday called on the Governor. Officials in Mann's office said so.", []string{"Mann", "Bhagwant Mann", "Mann"}},
		{fixedTagger{"Jerome Alcarde": Person, "Kulot": Person, "Barangay Bolilao": Person}, "Police arrested Jerome Alcarde, 24, alias \"Kulot,\" of Barangay Bolilao.", []string{"Jerome Alcarde"}},
		{fixedTagger{"Aviaja Lynge": Organization}, "Transcript\nPRESS SECRETARY (Aviaja Lynge): Good afternoon.", []string{"Aviaja Lynge"}},
		{fixedTagger{"Dear Editor": Person, "Town Clerk": Person, "Yvette Sampson": Person}, "Dear Editor,\nWe met the Town Clerk, Ms Yvette Sampson, at the Town Hall.", []string{"Yvette Sampson"}},
		// A name a tagger took for a body, with a person's job at a place
		// of work in apposition: a person, whatever the given-name lists say.
		{fixedTagger{"Lim Wei Jie": Organization}, "Lim Wei Jie, a researcher at a think-tank, says the accord buys time.", []string{"Lim Wei Jie"}},
		{fixedTagger{"Acme Consulting": Organization}, "Acme Consulting, a firm in Leeds, advised the council.", nil},
		// A name taken for a body, joined by "and" to a person: a person,
		// unless a word of it names a body or a place, or a title follows.
		{fixedTagger{"Raghunath Patil": Organization, "Vishwas Jadhav": Person}, "Raghunath Patil and Vishwas Jadhav met for three hours.", []string{"Raghunath Patil", "Vishwas Jadhav"}},
		{fixedTagger{"Tata Group": Organization, "Vishwas Jadhav": Person}, "Tata Group and Vishwas Jadhav signed the deal.", []string{"Vishwas Jadhav"}},
		{fixedTagger{"Young Liu": Person, "Quanta Computer": Organization, "Barry Lam": Person}, "He hosted Young Liu and Quanta Computer Chairman Barry Lam.", []string{"Young Liu", "Barry Lam"}},
		// Letters after a titled name the tagger missed: the rules' name.
		{fixedTagger{}, "Marc Ati held talks with Australia's Minister for Pacific Island Affairs, Hon. Pat Conroy MP, at the Ministry.", []string{"Pat Conroy"}},
	} {
		if got := personTexts(tagPlain(t, c.tagged, "", c.text)); !slices.Equal(got, c.want) {
			t.Errorf("people of %q = %q, want %q", c.text, got, c.want)
		}
	}
}

// personTexts returns the texts of the people among ms.
func personTexts(ms []Mention) []string {
	var got []string
	for _, m := range ms {
		if m.Kind == Person {
			got = append(got, m.Text)
		}
	}
	return got
}

// TestServicesAndLinesAreNoPeople checks that a service ("Mass", "the
// Easter Vigil"), a club ("Dajti Stars") and a run of capitals across a
// line break (a signature's place and the next heading) are not people,
// while a name is.
func TestServicesAndLinesAreNoPeople(t *testing.T) {
	for _, c := range []struct {
		text, name string
		person     bool
	}{
		{"Our Holy Thursday Mass is at 7 p.m.", "Mass", false},
		{"The choir sang at the Easter Vigil.", "Easter Vigil", false},
		{"Kovács said they last spoke by phone on Easter Sunday.", "Easter", false},
		{"Meirion Tudor, Penparcau\nEisteddfod thanks", "Penparcau\nEisteddfod", false},
		{"Meirion Tudor, Penparcau\nEisteddfod thanks", "Meirion Tudor", true},
		// a club, not a person
		{"After the news, the Surigao Mariners meet the Butuan Masters tonight.", "Surigao Mariners", false},
		{"Buna Shkodër meet Dajti Stars of Tirana in the semi-final.", "Dajti Stars", false},
		// a community
		{"Tiberiu Goldner, then president of the Cluj Jewish community, spoke.", "Cluj Jewish", false},
		// a newspaper told something
		{"Kwaiga told the Solomon Star yesterday that the meeting would go ahead.", "Solomon Star", false},
		// a chamber of commerce
		{"I'll be meeting the director of the Nelson and District Chamber of Commerce.", "District Chamber", false},
	} {
		ms := tagPlain(t, fixedTagger{c.name: Person}, "", c.text)
		person := false
		for _, m := range ms {
			person = person || m.Kind == Person && m.Text == c.name
		}
		if person != c.person {
			t.Errorf("%q: %q tagged a person = %v, want %v", c.text, c.name, person, c.person)
		}
	}
}
