package api

import (
	"encoding/json"
	"net/http"

	"tacitus/store"
)

func (s *server) openAPI(r *http.Request) (any, error) {
	return json.RawMessage(OpenAPI), nil
}

func (s *server) events(r *http.Request) (any, error) {
	q, format, err := ParseEventQuery(r.URL.Query())
	if err != nil {
		return nil, err
	}
	if format != FormatJSON {
		return s.download(r.Context(), q, format)
	}
	p, err := s.st.Events(r.Context(), q)
	if err != nil {
		return nil, err
	}
	out := EventPage{Events: make([]Event, len(p.Events)), NextCursor: nullable(p.Next)}
	for i := range p.Events {
		out.Events[i] = eventOf(&p.Events[i])
	}
	return out, nil
}

func (s *server) event(r *http.Request) (any, error) {
	if err := noParams(r.URL.Query()); err != nil {
		return nil, err
	}
	id, err := parseID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	d, err := s.st.Event(r.Context(), id)
	if err != nil {
		return nil, err
	}
	out := EventDetail{Event: eventOf(&d.Event), Mentions: make([]Mention, len(d.Mentions))}
	for i := range d.Mentions {
		out.Mentions[i] = mentionOf(&d.Mentions[i])
	}
	return out, nil
}

func (s *server) series(r *http.Request) (any, error) {
	q, err := ParseSeriesQuery(r.URL.Query())
	if err != nil {
		return nil, err
	}
	pts, err := s.st.Series(r.Context(), q)
	if err != nil {
		return nil, err
	}
	out := Series{Source: q.Source, Target: q.Target, Interval: string(q.Interval), Points: make([]SeriesPoint, len(pts))}
	for i, p := range pts {
		out.Points[i] = SeriesPoint{Start: p.Start.Format("2006-01-02"), QuadClass: p.QuadClass, Events: p.Events,
			Mentions: p.Mentions, Goldstein: p.Goldstein}
		if q.PerArticles {
			v := p.PerKArticles
			out.Points[i].PerKArticles = &v
		}
	}
	return out, nil
}

func (s *server) network(r *http.Request) (any, error) {
	q, err := ParseTopQuery(r.URL.Query())
	if err != nil {
		return nil, err
	}
	n, err := s.st.Network(r.Context(), store.NetworkQuery{From: q.From, To: q.To, Limit: q.Limit})
	if err != nil {
		return nil, err
	}
	out := Network{Nodes: make([]ActorCount, len(n.Nodes)), Edges: n.Edges}
	for i, nd := range n.Nodes {
		out.Nodes[i] = actorCount(nd.ActorRef, nd.Events)
	}
	if out.Edges == nil {
		out.Edges = []store.Edge{}
	}
	// Encoded here, so that writeJSON does not check the encoder's
	// output again (it can run to megabytes).
	b, err := out.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return json.RawMessage(b), nil
}

func (s *server) topActors(r *http.Request) (any, error) {
	q, err := ParseTopQuery(r.URL.Query())
	if err != nil {
		return nil, err
	}
	as, err := s.st.TopActors(r.Context(), q)
	if err != nil {
		return nil, err
	}
	out := TopActors{Actors: make([]ActorCount, len(as))}
	for i, a := range as {
		out.Actors[i] = actorCount(a.ActorRef, a.Events)
	}
	return out, nil
}

func (s *server) unknownActors(r *http.Request) (any, error) {
	q, err := ParseTopQuery(r.URL.Query())
	if err != nil {
		return nil, err
	}
	as, err := s.st.UnknownActors(r.Context(), q)
	if err != nil {
		return nil, err
	}
	if as == nil {
		as = []store.UnknownActor{}
	}
	return UnknownActors{Actors: as}, nil
}

func (s *server) stats(r *http.Request) (any, error) {
	if err := noParams(r.URL.Query()); err != nil {
		return nil, err
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return nil, err
	}
	return statsOf(st), nil
}
