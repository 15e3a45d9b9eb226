/** What the console's own commands are, shown by `help`; everything else is read as a message. */
export const CONSOLE_HELP = [
  'Write what you spent ("coffee 180", "uber 250 and lunch 400") or ask ("how much this month?").',
  'Drafts:',
  '  y / n          confirm / discard the drafts of the reply just shown (y 2, n 1: one of them)',
  '  drafts         list every draft waiting; y 2 then confirms the second of that list',
  '  undo           take back your last confirm, discard or edit',
  '  "make it 450", "category dining", "that was yesterday", "discard that": fix the draft',
  'People:',
  '  name Arjun     what Kitty calls you (also "call me Arjun", "my name is Arjun")',
  '  invite Priya   add your partner to the household, to write as them here',
  '  as priya: coffee 100     one line as Priya',
  '  switch priya   write as Priya from now on; switch me to come back',
  'help shows this; quit leaves.',
].join('\n');
