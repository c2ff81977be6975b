// A short 2020 letter for the cross rules' docs examples: the addressee's council and the three key
// areas, each in one paragraph, with the figures and averages given. Real letters say much more;
// this is all the checks read.

export interface ExampleFigures {
  council: string;
  /** The upheld, compliance and remedy averages, as printed. */
  averages?: readonly [number, number, number];
}

/** Upheld 50% (2 of 4 investigations), compliance 100% (1 outcome), remedy 50% (1 of 2 upheld decisions). */
export function exampleLetter({ council, averages = [45, 99, 20] }: ExampleFigures): string {
  const [u, c, r] = averages;
  const period = 'for the period between 1 April 2019 to 31 March 2020';
  return [
    'Local Government & Social Care OMBUDSMAN',
    '',
    '22 July 2020',
    '',
    'Chief Executive',
    council,
    '',
    'Dear Chief Executive',
    '',
    'Annual Review letter 2020',
    '',
    `Complaints upheld: 50% of complaints we investigated were upheld. This compares to an average of ${u}% in similar authorities. 2 upheld decisions. Statistics are based on a total of 4 detailed investigations ${period}`,
    '',
    `Compliance with Ombudsman recommendations: In 100% of cases we were satisfied the authority had successfully implemented our recommendations. This compares to an average of ${c}% in similar authorities. Statistics are based on a total of 1 compliance outcome ${period}`,
    '',
    `Satisfactory remedy provided by the authority: In 50% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman. This compares to an average of ${r}% in similar authorities. 1 satisfactory remedy decision. Statistics are based on a total of 2 upheld decisions ${period}`,
  ].join('\n');
}
