// Ten-character texts of digits, dashes and a few other characters, every other one shaped
// YYYY-MM-DD: what the date checks written by character codes are held to their references
// over (test/model/dates.test.ts, test/perf/fast-formats.test.ts). Seeded, so every run
// draws the same texts.
export function* dateLikeTexts(count: number): Generator<string> {
  const alphabet = '0123456789--0129 x٣'
  let seed = 15
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
  for (let n = 0; n < count; n++) {
    let text = ''
    for (let k = 0; k < 10; k++) text += alphabet[next() % alphabet.length]
    yield n % 2 === 0 ? `${text.slice(0, 4)}-${text.slice(5, 7)}-${text.slice(8)}` : text
  }
}
