package extract

import (
	"strings"
	"testing"
	"time"
)

// TestResolvePeople checks the people the rule stages find in short texts.
func TestResolvePeople(t *testing.T) {
	names := &GivenNames{pFemale: map[string]float32{"boris": 0, "peter": 0, "mary": 1, "leota": 1}}
	for _, tc := range []struct{ text, want string }{
		// A given name and a patronymic are the person of that given name.
		{"President Boris Yeltsin met Peter Lee. Later Boris Nikolayevich thanked him.", "Boris Yeltsin|Peter Lee"},
		// "better known as" names the same person.
		{"Mary Stone, better known as Peter Pan, met the press.", "Mary Stone"},
		{"Mary Stone, alias Peter Pan, met the press.", "Mary Stone"},
		{"Mary Stone, known to everyone here as Peter Pan, met the press.", "Mary Stone"},
		// A byname alone in parentheses after a name is the same person.
		{"Chief Mary Stone (Peter Pan) met the press.", "Mary Stone"},
		{"Chief Mary Stone (Peter Pan's aunt) met the press.", "Mary Stone|Peter Pan"},
		// A hyphenated double surname alone is the person whose name has it inside.
		{"Foreign Minister Peter Smith-Jones Brown met Mary Stone. Later Smith-Jones spoke.", "Peter Smith-Jones Brown|Mary Stone"},
		// ... or ends it, though its first part is a given name too.
		{"Ambassador Faamoe Leota-Tuilagi met Peter Lee. Later Leota-Tuilagi spoke.", "Faamoe Leota-Tuilagi|Peter Lee"},
		// A short form without a leading Muhammad is the same person; other leading names are not left out.
		{"Prime Minister Muhammad Peter Stone met Mary Jones. Later Peter Stone spoke.", "Muhammad Peter Stone|Mary Jones"},
		{"Prime Minister Mary Peter Stone met Boris Jones. Later Peter Stone spoke.", "Mary Peter Stone|Boris Jones|Peter Stone"},
		// A surname with its particle ("Ould Cheikh") is the person whose full name ends with it.
		{"Foreign Minister Mohamed Salem Ould Cheikh met Mary Stone. Later Ould Cheikh spoke.", "Mohamed Salem Ould Cheikh|Mary Stone"},
		// A style and one name make the name: King Hassan, Pope Leo XIV.
		{"King Hassan received Mary Stone. Pope Leo XIV blessed her.", "Mary Stone|Pope Leo XIV|King Hassan"},
		// Spellings of one name: same given name and a near-identical or transliterated surname.
		{"President Sadyr Japarov met Mary Stone. Later Sadyr Zhaparov left.", "Sadyr Japarov|Mary Stone"},
		{"President Peter Mirziyoyev met Mary Stone. Later Peter Mirziyoev left.", "Peter Mirziyoyev|Mary Stone"},
		{"Foreign Minister Peter Araghchi met Mary Stone. Later Peter Araqchi left.", "Peter Araghchi|Mary Stone"},
		{"President Peter Ingram met Mary Stone. Later Peter Ingham left.", "Peter Ingram|Mary Stone"},
		{"President Peter Morris met Mary Stone. Later Peter Harris left.", "Peter Morris|Mary Stone|Peter Harris"},
		// A short form that begins one longer name is that person; one that begins two stays apart.
		{"President Peter Paul Stone met Mary Stone. Later Peter Paul spoke.", "Peter Paul Stone|Mary Stone"},
		{"President Peter Paul Stone met Peter Paul Lee. Later Peter Paul spoke.", "Peter Paul Stone|Peter Paul Lee|Peter Paul"},
	} {
		p := &Pipeline{Tokenizer: RuleTokenizer{}, Splitter: RuleSplitter{}, Tagger: RuleTagger{Names: names}, Resolver: RuleResolver{Names: names}, Events: RuleEventFinder{}}
		d, err := p.Run(Article{ID: "t", Text: tc.text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Entities {
			if e.Kind == Person {
				got = append(got, e.Name)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("people of %q = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestPronounAntecedents checks whom pronouns refer to.
func TestGenderAcrossLanguages(t *testing.T) {
	names := &GivenNames{pFemale: map[string]float32{"andrea": 0.99, "vivian": 0.95, "patrice": 0.98, "mary": 1, "john": 0, "ines": 0.94, "kristen": 0.99}}
	for name, want := range map[string]string{"Andrea": "", "Vivian": "", "Patrice": "", "Mary": "f", "John": "m", "Zorro": "", "Inés": "f", "Kristen": ""} {
		if got := names.Gender(name); got != want {
			t.Errorf("Gender(%q) = %q, want %q (Andrea Orcel, Vivian Balakrishnan, Patrice Motsepe and Kristen Michal are men; Inés is Ines)", name, got, want)
		}
	}
}

// TestInitialSpellings: a name written with the initial of the given name
// and another spelling of the surname is the person named in full, when the
// tagger reads the initial as part of the name; the merge says why.
func TestInitialSpellings(t *testing.T) {
	for _, tc := range []struct {
		text, full, short, want string
	}{
		{"Governor Saidmurod Rakhimov met Mary Stone. Later S. Rahimov left.", "Saidmurod Rakhimov", "S. Rahimov", "Saidmurod Rakhimov|Mary Stone"},
		{"Governor Jamshid Khodjaev met Mary Stone. Later J. Xodjayev left.", "Jamshid Khodjaev", "J. Xodjayev", "Jamshid Khodjaev|Mary Stone"},
	} {
		tagger := fixedTagger{tc.full: Person, "Mary Stone": Person, tc.short: Person}
		p := &Pipeline{Tokenizer: RuleTokenizer{}, Splitter: RuleSplitter{}, Tagger: tagger, Resolver: RuleResolver{}, Events: RuleEventFinder{}}
		d, err := p.Run(Article{ID: "t", Text: tc.text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		why := ""
		for _, e := range d.Entities {
			if e.Kind == Person {
				got = append(got, e.Name)
				for _, m := range e.Merges {
					why += m.Reason
				}
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("people of %q = %q, want %q", tc.text, g, tc.want)
		}
		if !strings.Contains(why, "initial") {
			t.Errorf("merge of %q: reason %q, want one naming the initial", tc.short, why)
		}
	}
}

// "her" before a capitalised adjective and its noun is a possessive ("her
// Algerian counterpart"); before a capitalised day, an object ("told her
// Monday that").
func TestObjectHer(t *testing.T) {
	for _, tc := range []struct {
		text   string
		object bool
	}{
		{"It will be co-chaired by the Head of Government and her Algerian counterpart Nadir Larbaoui.", false},
		{"Peter Lee told her Monday that the talks were off.", true},
		{"Peter Lee met her in Paris.", true},
		{"Peter Lee met her brother.", false},
	} {
		d := &Doc{Article: Article{Text: tc.text}}
		d.Tokens = RuleTokenizer{}.Tokenize(tc.text)
		low := make([]string, len(d.Tokens))
		k := -1
		for i, tk := range d.Tokens {
			low[i] = lower(tk.Text)
			if low[i] == "her" {
				k = i
			}
		}
		if got := objectHer(d, low, k); got != tc.object {
			t.Errorf("%q: objectHer = %v, want %v", tc.text, got, tc.object)
		}
	}
}

func TestPronounAntecedents(t *testing.T) {
	names := &GivenNames{pFemale: map[string]float32{"peter": 0, "john": 0, "mary": 1, "paul": 0, "anna": 1, "lan": 0.9, "chong": 0, "rania": 1, "mohammad": 0, "blessing": 0.9}}
	for _, tc := range []struct{ text, pronoun, want string }{
		// A generational suffix is no surname: "Stone" is the first Stone named, Peter Stone Jr.
		{"President Peter Stone Jr. met Senator Mary Stone on Monday. Later Stone spoke.", "Stone", "Peter Stone Jr."},
		// A double surname alone is the person named in full before with it; a shorter name named first is someone else.
		{"President Peter Ortega Villalba met Mary Stone. She thanked Mr Ortega Villalba.", "Ortega Villalba", "Peter Ortega Villalba"},
		// A pronoun after a fronted clause's comma is the main clause's subject, not a name after it.
		{"Peter Lee retired in 2017. After the change of government in 2018, he asked to brief the incoming President, John Smith, on the files.", "he", "Peter Lee"},
		// "Mrs" tells which of two people of one hyphenated surname is meant.
		{"Mohammad Al-Khatib met Rania Al-Khatib on Sunday. Mrs Al-Khatib met Peter Lee.", "Al-Khatib", "Rania Al-Khatib"},
		// A Chinese name as Malaysia spells it is shortened to its given names; "Madam" and "Encik" are titles.
		{"Our President, Mr Lim Chong Beng, met Madam Lim Siew Ling. Later Mr Chong Beng thanked Encik Zulkifli.", "Chong Beng", "Lim Chong Beng"},
		{"Our President, Mr Lim Chong Beng, met Madam Lim Siew Ling. Later Mr Chong Beng thanked Encik Zulkifli.", "Lim Siew Ling", "Lim Siew Ling"},
		// A Vietnamese name is shortened to its last given names, however common they are as given names.
		{"Peter Lee met Deputy Director Nguyen Thi Lan Anh on Monday. Later he thanked Lan Anh.", "Lan Anh", "Nguyen Thi Lan Anh"},
		{"The congressman Rubens Paiva was taken away. His son, the writer Peter Rubens Paiva, spoke.", "Rubens Paiva", "Rubens Paiva"},
		// "Mr" and "Ms" tell which of two people of one surname is meant.
		{"Mary Stone met her brother Peter Stone. Mr Stone said he was pleased.", "Stone", "Peter Stone"},
		{"Peter Stone met his sister Mary Stone. Ms Stone said she was pleased.", "Stone", "Mary Stone"},
		// "Mrs" tells the gender of a name the list does not know.
		{"Hadiza Gwarzo met Peter Lee. Mrs Gwarzo said he was late.", "he", "Peter Lee"},
		// "the governor, X and Y" after a governor was named is a list: X is not "the governor".
		{"John Smith, the governor, spoke on Monday. Mary Jones will meet the governor, Peter Lee and party leaders next Saturday.", "the governor", ""},
		// "she had not held a separate meeting with her": her is not she.
		{"Asked about tension with the Secretary-General, Baroness Mary Scotland, Anna Mataafa said she had not held a separate meeting with her during the summit.", "her", "Mary Scotland"},
		// "Blessing", a woman's name in the US counts, is a man's too in
		// southern Africa: it does not keep "he" from him.
		{"Tendai Moyo met the teachers. Blessing Chikerema said he would brief the secretary-general, Peter Ncube, by telephone.", "he", "Blessing Chikerema"},
		// "the new coach" is not the one named as "the previous coach".
		{"The club named its head coach, Peter Lee, on Monday. The previous coach, John Smith, left in June. The new coach said he spoke to the players.", "The new coach", "Peter Lee"},
		// A Slavic surname's ending tells the sex a given name does not.
		{"Prosecutor Vesela Angelova met Peter Lee on Monday. He said the case was weak.", "He", "Peter Lee"},
		{"Prosecutor Vesela Petkov met Mary Jones on Monday. She said the case was weak.", "She", "Mary Jones"},
		// A phrase before the subject is no subject: "Under questioning by X,".
		{"Under questioning by John Smith, Peter Lee said that Paul Stone had asked to meet him.", "him", "Peter Lee"},
		// An object pronoun is not the subject of its verb.
		{"Peter Lee met Mary Stone. John Smith told him the news.", "him", "Peter Lee"},
		// A pronoun in a "that" clause takes that clause's subject.
		{"Peter Lee said that Paul Stone had told Mary Jones about his plan.", "his", "Paul Stone"},
		{"Peter Lee said Mary Jones had told Paul Stone about his plan.", "his", "Peter Lee"},
		// "X, for his part," is X's own; "says X, one of her deputies" is not X's.
		{"John Smith met Peter Lee on Monday. Paul Stone, for his part, held a call with Mary Jones.", "his", "Paul Stone"},
		// A pronoun after "X denied that" is X, whoever the sentence named first.
		{"Peter Lee is the favourite, but John Smith denied on Wednesday that he had met Lee.", "he", "John Smith"},
		// ... and after "X tells us".
		{"Peter Lee is the favourite, but John Smith tells us he has met Lee.", "he", "John Smith"},
		// A possessor is not the subject: "his son" is.
		{"Peter Lee arrived on Monday. His son, John Smith, said that he had met Paul Stone.", "he", "John Smith"},
		// A pronoun tells the gender of a name the list does not know.
		{"Senator Kim Stone met reporters on Monday. She said the talks went well. Later Senator Kim Stone and Peter Lee spoke, and he said it was useful.", "he", "Peter Lee"},
		// The subject of "declined to meet him" is not "him"; "a friend of David and spoke to him" may be David.
		{"Peter Lee spoke. John Smith declined to meet him.", "him", "Peter Lee"},
		// An object pronoun in a clause after ", and C ..." is C, not the sentence's first subject.
		{"John Smith will meet Mary Jones in April, and Peter Lee is due in May, when Paul Stone will guide him.", "him", "Peter Lee"},
		{"Peter Lee spoke. \"I know John Smith and spoke to him recently,\" said Paul Stone.", "him", "John Smith"},
		// The doer of "to brief her" is the clause's subject, who is not "her"; after "asked X", X is the doer.
		{"Senator Kim Stone spoke with Anna Kay by phone on Monday to brief her on the talks.", "her", "Anna Kay"},
		{"Senator Kim Stone said Paul Jones had agreed to meet her.", "her", "Kim Stone"},
		{"Senator Kim Stone asked Paul Jones to call her.", "her", "Kim Stone"},
		// "the 24-year-old" before "and" is the story's protagonist, as before a verb.
		{"Peter Lee scored. Lee trained. Lee ran. Paul Stone held talks with the 24-year-old and his agent on Monday.", "the 24-year-old", "Peter Lee"},
		// A possessive tells who the next sentences are about, after sentences with no one.
		{"Mary Stone arrived. It rained. It was a long year. Since April, her job has been hard. She met Paul Jones.", "She", "Mary Stone"},
		// A profile: its subject, named and called "she" far more than anyone.
		{"Mary Stone spoke. Mary Stone said she was tired, and she left, and she slept. It rained. It snowed. The year was long. Nothing moved. She met Paul Jones.", "She", "Mary Stone"},
		// "X, with whom she worked" and "X, one of her deputies" are not "she" and "her".
		{"Mary Stone is the director. Anna Kay, with whom she worked closely, praised the plan.", "she", "Mary Stone"},
		{"Mary Stone is the director. \"It works,\" says Anna Kay, one of her deputies.", "her", "Mary Stone"},
		// A pronoun that opens a paragraph is the profile's subject, not the last one named in the paragraph before.
		{"Mary Stone spoke. Mary Stone said she was tired, and she left, and she called Anna Kay. Kay, now a minister, calls those calls useful.\nWhen the borders reopened, She went on the road.", "She", "Mary Stone"},
		// A person new in the sentence before is not the profile's "she".
		{"Mary Stone spoke. Mary Stone said she was tired, and she left. Anna Kay, with whom she worked, praised the plan. She plans to meet Paul Jones.", "She", "Mary Stone"},
		// But a person new in the sentence before who is its subject is: the
		// profile's subject there is only the one spoken to.
		{"Peter Lee spoke. Lee said he was tired, and he left. Minister John Smith said he spoke to Lee by phone on Sunday. He admitted that he had not yet met Paul Jones.", "He", "John Smith"},
	} {
		p := &Pipeline{Tokenizer: RuleTokenizer{}, Splitter: RuleSplitter{}, Tagger: RuleTagger{Names: names}, Resolver: RuleResolver{Names: names}, Events: RuleEventFinder{}}
		d, err := p.Run(Article{ID: "t", Text: tc.text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range d.Entities {
			for _, sp := range e.Mentions {
				if tc.text[sp.Start:sp.End] == tc.pronoun {
					got = e.Name
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q in %q refers to %q, want %q", tc.pronoun, tc.text, got, tc.want)
		}
	}
}

// TestCounterpartRole checks that someone introduced only as another's
// counterpart is then "the Nepalese minister" and "He" after it, but not
// "the Nepalese leader", which is the country's head.
func TestCounterpartRole(t *testing.T) {
	names := &GivenNames{pFemale: map[string]float32{"john": 0, "mary": 1, "peter": 0, "paul": 0}}
	g := countriesOnly{"nepalese": "Nepal"}
	p := &Pipeline{Tokenizer: RuleTokenizer{}, Splitter: RuleSplitter{}, Tagger: RuleTagger{Names: names, Gazetteer: g},
		Resolver: RuleResolver{Names: names, Gazetteer: g}, Events: RuleEventFinder{Gazetteer: g}}
	for _, tc := range []struct{ text, want string }{
		{"Minister John Smith held talks with his Nepalese counterpart Peter Lee on Wednesday. The Nepalese minister is scheduled to meet President Mary Jones on Thursday. He will also meet Paul Brown on Friday.",
			"meeting:occurred:Smith+Lee meeting:planned:Lee+Jones meeting:planned:Lee+Brown"},
		{"Minister John Smith held talks with his Nepalese counterpart Peter Lee on Wednesday. The Nepalese leader is scheduled to meet President Mary Jones on Thursday.",
			"meeting:occurred:Smith+Lee"},
	} {
		d, err := p.Run(Article{ID: "t", Text: tc.text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if got := describe(d); got != tc.want {
			t.Errorf("events of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSameFullName checks which two names of several words the resolver
// takes for one person.
func TestSameFullName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"JD Vance", "J.D. Vance", true},
		{"Ahmed al-Sharaa", "al-Sharaa", true},
		{"Ursula von der Leyen", "von der Leyen", true},
		{"Mohammed bin Salman", "bin Salman", true},
		{"Luca de Meo", "de Meo", true},
		{"Peter Lee", "Mary Lee", false},
		{"Ahmed al-Sharaa", "Farouk al-Sharaa", false},
	} {
		if got := sameFullName(nameWords(tc.a), nameWords(tc.b)); got != tc.want {
			t.Errorf("sameFullName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestLowerTokens(t *testing.T) {
	text := "İstanbul: Zelenskyy’s ÉLYSÉE Talks with KELVIN and the U.S. “Envoy”"
	d := &Doc{Article: Article{ID: "t", Text: text}}
	d.Tokens = RuleTokenizer{}.Tokenize(text)
	got := lowerTokens(d)
	for k, tk := range d.Tokens {
		if want := lower(tk.Text); got[k] != want {
			t.Errorf("lowerTokens: token %d %q = %q, want %q", k, tk.Text, got[k], want)
		}
	}
}
