using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// Inner truncation <c>A*B*C</c>: the clauses' spans in this order, each starting at or after the end of the one
/// before, with any gap. Lucene 4.8's ordered <see cref="SpanNearQuery"/> lets neighbouring spans overlap, so
/// <c>熔炼*炼</c> matched a document holding only 熔炼 (both parts on the one 炼); here they never share a position,
/// and since each clause covers one position per character, never a character (docs/adr/0002).
/// </summary>
internal sealed class OrderedSpanSequenceQuery(SpanQuery[] clauses) : SpanQuery
{
    private readonly SpanQuery[] clauses = clauses;

    public override string Field => clauses[0].Field;

    public override Spans GetSpans(AtomicReaderContext context, IBits acceptDocs, IDictionary<Term, TermContext> termContexts) =>
        new SequenceSpans(clauses.Select(c => c.GetSpans(context, acceptDocs, termContexts)).ToArray());

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in clauses)
        {
            clause.ExtractTerms(terms);
        }
    }

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = clauses.Select(c => (SpanQuery)c.Rewrite(reader)).ToArray();
        return rewritten.SequenceEqual(clauses) ? this : new OrderedSpanSequenceQuery(rewritten) { Boost = Boost };
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder("sequence([");
        text.AppendJoin(", ", clauses.Select(c => c.ToString(field)));
        return text.Append("])").ToString();
    }

    public override bool Equals(object? obj) =>
        obj is OrderedSpanSequenceQuery other && other.clauses.SequenceEqual(clauses) && other.Boost.Equals(Boost);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var clause in clauses)
        {
            hash.Add(clause);
        }

        hash.Add(Boost);
        return hash.ToHashCode();
    }

    /// <summary>Walks the documents all clauses match; in each, reports every start of the first clause that begins a full sequence.</summary>
    private sealed class SequenceSpans(Spans[] subs) : Spans
    {
        private readonly List<(int Start, int End)>[] positions = subs.Select(_ => new List<(int, int)>()).ToArray();
        private readonly List<(int Start, int End)> matches = [];
        private readonly bool[] exhausted = new bool[subs.Length];
        private bool started;
        private int match = -1;
        private int doc = -1;

        public override int Doc => doc;

        public override int Start => matches[match].Start;

        public override int End => matches[match].End;

        public override bool IsPayloadAvailable => false;

        public override ICollection<byte[]> GetPayload() => [];

        public override long GetCost() => subs.Min(s => s.GetCost());

        public override bool MoveNext()
        {
            if (match + 1 < matches.Count)
            {
                match++;
                return true;
            }

            if (!started)
            {
                started = true;
                for (var i = 0; i < subs.Length; i++)
                {
                    exhausted[i] = !subs[i].MoveNext();
                }
            }

            return NextDocument(int.MinValue);
        }

        public override bool SkipTo(int target)
        {
            if (doc >= target && match + 1 < matches.Count)
            {
                match++;
                return true;
            }

            if (!started)
            {
                started = true;
                for (var i = 0; i < subs.Length; i++)
                {
                    exhausted[i] = !subs[i].SkipTo(target);
                }
            }

            return NextDocument(target);
        }

        /// <summary>Moves to the next document at or after <paramref name="target"/> where the sequence occurs.</summary>
        private bool NextDocument(int target)
        {
            while (true)
            {
                if (exhausted.Any(e => e))
                {
                    doc = DocIdSetIterator.NO_MORE_DOCS;
                    return false;
                }

                // Leapfrog until every clause is on one document.
                var candidate = Math.Max(target, subs.Max(s => s.Doc));
                var aligned = true;
                for (var i = 0; i < subs.Length; i++)
                {
                    if (subs[i].Doc < candidate)
                    {
                        aligned = false;
                        if (!subs[i].SkipTo(candidate))
                        {
                            exhausted[i] = true;
                            break;
                        }
                    }
                }

                if (!aligned)
                {
                    continue;
                }

                // Every clause's spans in this document (each Spans then rests on a later document, or is done).
                for (var i = 0; i < subs.Length; i++)
                {
                    positions[i].Clear();
                    while (!exhausted[i] && subs[i].Doc == candidate)
                    {
                        positions[i].Add((subs[i].Start, subs[i].End));
                        exhausted[i] = !subs[i].MoveNext();
                    }
                }

                FindMatches();
                if (matches.Count > 0)
                {
                    doc = candidate;
                    match = 0;
                    return true;
                }

                // No sequence here; every clause has already moved past this document.
            }
        }

        private void FindMatches()
        {
            matches.Clear();
            foreach (var (start, end) in positions[0])
            {
                var previousEnd = end;
                var complete = true;
                for (var k = 1; k < positions.Length && complete; k++)
                {
                    // The earliest-ending span that starts after the previous one ended leaves the most room for the rest.
                    var best = int.MaxValue;
                    foreach (var (s, e) in positions[k])
                    {
                        if (s >= previousEnd && e < best)
                        {
                            best = e;
                        }
                    }

                    complete = best != int.MaxValue;
                    previousEnd = best;
                }

                if (complete && (matches.Count == 0 || matches[^1] != (start, previousEnd)))
                {
                    matches.Add((start, previousEnd));
                }
            }

            matches.Sort();
        }
    }
}
