package lab

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/httpquiz/httpquiz/content"
	"github.com/httpquiz/httpquiz/present"
)

// BenchmarkPlainRoutes is load in the way hey or oha make it: many clients
// with keep-alive connections, each sending GET requests back to back, to a
// lab on a real TCP listener. Run with -cpu 1 for the one-core figure.
func BenchmarkPlainRoutes(b *testing.B) {
	for _, path := range []string{"/notes", "/notes/1", "/me"} {
		b.Run(path[1:], func(b *testing.B) {
			l := New(Options{})
			srv := httptest.NewServer(l)
			defer func() { srv.Close(); l.Close() }()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
			b.SetParallelism(8)
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					res, err := client.Get(srv.URL + path)
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}

// BenchmarkPredictRoundTrip is a lab question's round trip after the answer:
// the lab put back as it started, the request sent, the response read and
// turned into the lines the feedback draws. The slow gateway is left out: its
// wait is the lesson.
func BenchmarkPredictRoundTrip(b *testing.B) {
	l := New(Options{})
	srv := httptest.NewServer(l)
	defer func() { srv.Close(); l.Close() }()
	var questions []content.Request
	for _, sc := range Predictions() {
		if sc.Request.Path != "/gateway/slow" {
			questions = append(questions, *sc.Request)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Reset()
		res, err := Send(context.Background(), srv.URL, questions[i%len(questions)])
		if err != nil {
			b.Fatal(err)
		}
		_ = present.ResponseLines(res.Line, res.Header, res.Body)
	}
}
