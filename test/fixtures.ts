// Invented story paragraphs shared by the HTML reader and HTML boilerplate tests.

export const P1 =
  "The harbour board voted on Tuesday to close the old ferry pier for repairs, a move that will reroute the morning crossings to the north quay for at least six weeks.";
export const P2 =
  "Officials said the pier, built in 1961, had shown cracks in two of its pilings after last month's storm, and that divers would inspect the remaining supports before work begins.";
export const P3 =
  "Commuters who use the crossing should allow an extra fifteen minutes, the board said, adding that a shuttle bus would run between the two quays every half hour during the works.";
