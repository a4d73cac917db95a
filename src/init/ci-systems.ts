// The `init --ci` names (contract §7), in a module small enough for the command line to load
// at start-up (choices, completion) without the templates.
export const CI_SYSTEMS = ['github', 'gitlab', 'none'] as const
export type CiSystem = (typeof CI_SYSTEMS)[number]
