// Package calc projects the new-customer business the model credits to more (or
// less) sales and marketing training, what it costs and whether it pays, and
// recommends how much training pays best: version 3 of the model described in the
// repository's docs/model.md.
//
// The model runs on two published figures from the 2013 Sales and Marketing
// Alignment Study (500 companies, sponsored by MathMarketing and Marketo, reported
// February 2014): companies giving their sales people 10 rather than 2 training days
// a year reported 29% more business from new customers, and companies doing the
// same for marketers 26% more. The study found sales training associated with the
// share of marketing leads that sales accepts (the SAL rate), marketing training
// with lead quality (the win rate of accepted leads); the model credits each
// through that rate alone.
//
// Everything else is the user's own numbers. Where the study is silent (below 2 or
// above 10 training days, a team of nobody) no effect is credited, following the
// Phillips ROI Methodology's rule "if no improvement data exist, assume no
// improvement".
//
// The package is pure: no I/O, no formatting, no words beyond names, standard library
// only. A result that is undefined for an input (ROI when nothing is spent, say) is a
// [Value] with OK false and a [Reason] code; field errors and warnings are codes with
// the numbers they are about, which the page puts into words.
package calc
