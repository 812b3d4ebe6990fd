// Code lists of the registry (mirror of the server's KEY_GROUPS / EMPLOYMENT_STATUSES in modules/registry/service.ts).
export const KEY_GROUPS = [
  'graduate', 'long_term_unemployed_youth', 'hard_to_employ', 'zero_employment_family', 'rural_labour', 'veteran', 'disabled',
] as const;
export type KeyGroup = (typeof KEY_GROUPS)[number];

export const EMPLOYMENT_STATUSES = ['employed', 'unemployed', 'flexible', 'retired', 'student', 'other'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const STATUS_COLORS: Record<string, string> = {
  employed: 'green', unemployed: 'red', flexible: 'cyan', retired: 'default', student: 'blue', other: 'default',
};

export const KEY_GROUP_COLORS: Record<string, string> = {
  graduate: 'geekblue', long_term_unemployed_youth: 'purple', hard_to_employ: 'volcano', zero_employment_family: 'magenta',
  rural_labour: 'gold', veteran: 'green', disabled: 'orange',
};
