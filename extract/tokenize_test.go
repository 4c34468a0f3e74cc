package extract

import (
	"reflect"
	"testing"
)

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestRuleTokenizer(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Trump's envoy met Putin.", []string{"Trump", "'s", "envoy", "met", "Putin", "."}},
		{"U.S. President Donald Trump", []string{"U.S.", "President", "Donald", "Trump"}},
		{"Canada-U.S. Trade Minister Dominic LeBlanc", []string{"Canada-U.S.", "Trade", "Minister", "Dominic", "LeBlanc"}},
		{"the 3-1/2-year-old conflict", []string{"the", "3-1/2-year-old", "conflict"}},
		{"Sen. Ma. Teresa Cruz met Jack Ma. Then", []string{"Sen.", "Ma.", "Teresa", "Cruz", "met", "Jack", "Ma", ".", "Then"}},
		{"Foreign Secretary Ma. Theresa Lazaro", []string{"Foreign", "Secretary", "Ma.", "Theresa", "Lazaro"}},
		{"TFF president Eng. Hamisi Kitwana met Adv. Sithole", []string{"TFF", "president", "Eng.", "Hamisi", "Kitwana", "met", "Adv.", "Sithole"}},
		{"Adviser Md. Touhid Hossain met Datuk Seri Mohd. Khaled", []string{"Adviser", "Md.", "Touhid", "Hossain", "met", "Datuk", "Seri", "Mohd.", "Khaled"}},
		{"Mr Ch. Enkhtuvshin met Wang Yu. Smith", []string{"Mr", "Ch.", "Enkhtuvshin", "met", "Wang", "Yu", ".", "Smith"}},
		{"Bethesda, Md. Officials met in Frederick, Md. The", []string{"Bethesda", ",", "Md", ".", "Officials", "met", "in", "Frederick", ",", "Md", ".", "The"}},
		{"“useful and constructive.”", []string{"“", "useful", "and", "constructive", ".", "”"}},
		{"Mr. Smith, 1,000 people", []string{"Mr.", "Smith", ",", "1,000", "people"}},
		// "Sen" is a surname too: at a sentence's end after a name, its stop ends the sentence.
		{"is Hun Sen. Did you meet Sen. John Thune?", []string{"is", "Hun", "Sen", ".", "Did", "you", "meet", "Sen.", "John", "Thune", "?"}},
		{"Democratic Sens. Blumenthal and Reps. Lee", []string{"Democratic", "Sens.", "Blumenthal", "and", "Reps.", "Lee"}},
		{"don't stop", []string{"do", "n't", "stop"}},
		{"WASHINGTON (AP) — The", []string{"WASHINGTON", "(", "AP", ")", "—", "The"}},
		{"Zelenskyy’s call", []string{"Zelenskyy", "’s", "call"}},
		// A Malaysian patronymic is one word; other slashes split.
		{"Muthu Krishnan a/l Rajoo and/or a/b", []string{"Muthu", "Krishnan", "a/l", "Rajoo", "and", "/", "or", "a", "/", "b"}},
	} {
		if got := tokenTexts(RuleTokenizer{}.Tokenize(tc.in)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRuleSplitter(t *testing.T) {
	text := "Mr. Smith met U.S. President Trump. He said \"fine.\" Then he left!\nNew paragraph without stop\nThey opened GO! 2025 on Saturday.\nDid Kiir travel? No. Kiir stayed at No. 10 Downing Street. Some say it is Hun Sen. Did you meet him?"
	toks := RuleTokenizer{}.Tokenize(text)
	var got []string
	for _, s := range (RuleSplitter{}).Split(text, toks) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"Mr. Smith met U.S. President Trump.",
		"He said \"fine.\"",
		"Then he left!",
		"New paragraph without stop",
		"They opened GO! 2025 on Saturday.", // a name's mark is no stop
		"Did Kiir travel?",
		"No.", // an answer, not "number"
		"Kiir stayed at No. 10 Downing Street.",
		"Some say it is Hun Sen.", // a surname, not "Sen." before a name
		"Did you meet him?",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Split = %q, want %q", got, want)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. President Donald Trump's call", "“quoted.”\n3-1/2 years", "\xff\xfe bad", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := RuleTokenizer{}.Tokenize(s)
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %q span %v out of order or bounds (prev end %d, len %d)", tok.Text, tok.Span, prev, len(s))
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("text[%d:%d] = %q, token %q", tok.Start, tok.End, s[tok.Start:tok.End], tok.Text)
			}
			prev = tok.End
		}
		sents := RuleSplitter{}.Split(s, toks)
		next := 0
		for _, se := range sents {
			if se.First != next || se.Last <= se.First {
				t.Fatalf("sentence tokens [%d,%d) do not follow %d", se.First, se.Last, next)
			}
			next = se.Last
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}
