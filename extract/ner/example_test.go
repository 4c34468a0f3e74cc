package ner_test

import (
	"fmt"
	"os"

	"newsgraph/extract"
	"newsgraph/extract/ner"
)

func ExampleTagger_Tag() {
	tagger, err := ner.LoadTagger(os.DirFS("../../data")) // data.FS in the binary
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "US President Donald Trump spoke with Kremlin aide Yuri Ushakov about Saudi Arabia."
	d := &extract.Doc{Article: extract.Article{Text: text}}
	d.Tokens = extract.RuleTokenizer{}.Tokenize(text)
	d.Sentences = extract.RuleSplitter{}.Split(text, d.Tokens)
	mentions, err := tagger.Tag(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range mentions {
		fmt.Printf("%s %q role=%q\n", m.Kind, m.Text, m.Role)
	}
	// Output:
	// LOC "US" role=""
	// PER "Donald Trump" role="US President"
	// LOC "Kremlin" role=""
	// PER "Yuri Ushakov" role="Kremlin aide"
	// LOC "Saudi Arabia" role=""
}
