// The meeting file both editor tests write into an init'ed workspace: `format: on-site` is
// not one of the schema's values, so an editor and `check` must both flag it at line 6.
export const MEETING = `# yaml-language-server: $schema=../.chainchief/schemas/meeting.schema.json
id: 2024-01-05-textile-garment
title: {zh: 纺织服装产业链调度会, en: Textile chain scheduling meeting}
date: 2024-01-05
chains: [textile-garment]
format: on-site
`
