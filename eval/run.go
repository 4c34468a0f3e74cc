package eval

import (
	"errors"
	"fmt"
	"io/fs"

	"newsgraph/extract"
)

// Predict runs p over the article of each gold article, read as ID.txt and
// ID.meta.json from dir in fsys, and returns the predictions. Articles that
// fail are left out and their errors joined.
func Predict(p *extract.Pipeline, fsys fs.FS, dir string, gold []Article) ([]Article, error) {
	var out []Article
	var errs []error
	for _, g := range gold {
		a, err := LoadArticle(fsys, dir, g.ID)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d, err := p.Run(a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pa := FromDoc(d)
		pa.ID = g.ID
		out = append(out, pa)
	}
	if err := errors.Join(errs...); err != nil {
		return out, fmt.Errorf("predict: %w", err)
	}
	return out, nil
}
