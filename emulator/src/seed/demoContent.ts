/**
 * The demo programme, drawn from real CoP programmes (community names and stages), with fictional
 * people from identities.ts. Plain data: demo.ts writes it through the real services.
 */
import type { CommunityStatus, EventType, JoinPolicy, ResourceType } from '../../../src/domain/models.ts';

export interface DemoCommunity {
  title: string;
  practiceArea: string;
  status: CommunityStatus;
  sponsor: string;
  gardeners: string[];
  joinPolicy: JoinPolicy;
  foundingTarget?: number;
  rhythm: string;
  rhythmDays?: number;
  domain: string;
  practice: string;
  audience: string;
  tags: string;
}

/** The programme's practice areas, as the POD team lists them (one has no community yet). */
export const DEMO_PRACTICE_AREAS: Array<{ title: string; description: string }> = [
  { title: 'Administration', description: 'Professional administration in faculties and services.' },
  { title: 'Change and Projects', description: 'Delivering change, projects and programmes.' },
  { title: 'Communications', description: 'Internal, digital and external communications.' },
  { title: 'Estates', description: 'Buildings, space and facilities.' },
  { title: 'Events', description: 'Planning and delivering events of every size.' },
  { title: 'Marketing and Recruitment', description: 'Attracting students and staff.' },
  { title: 'People', description: 'Line management, appraisal, induction and wellbeing.' },
  { title: 'Planning and Insight', description: 'Data, planning and evidence for decisions.' },
  { title: 'Research', description: 'Supporting research and researchers.' },
  { title: 'Sustainability', description: 'Environmental and social sustainability across the university.' },
  { title: 'Technical Services', description: 'Technicians, labs and workshops.' },
];

export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    title: 'Student Recruitment',
    practiceArea: 'Marketing and Recruitment',
    status: 'launched',
    sponsor: 'margaret.whitfield',
    gardeners: ['grace.okafor'],
    joinPolicy: 'open',
    rhythm: 'Monthly, first Tuesday',
    rhythmDays: 31,
    domain: 'Attracting and converting prospective students across UK and international markets.',
    practice: 'Campaign playbooks, open day run sheets, CRM journeys and conversion insight.',
    audience: 'Anyone who recruits, advises or markets to prospective students.',
    tags: 'recruitment; open days; CRM; international',
  },
  {
    title: 'Internal Communications',
    practiceArea: 'Communications',
    status: 'launched',
    sponsor: 'margaret.whitfield',
    gardeners: ['tom.becker'],
    joinPolicy: 'open',
    rhythm: 'Every other Thursday',
    rhythmDays: 14,
    domain: 'Keeping staff informed, engaged and heard.',
    practice: 'Staff newsletters, intranet news, all-staff briefings and channel strategy.',
    audience: 'Communicators in every faculty and service.',
    tags: 'staff news; intranet; engagement',
  },
  {
    title: 'Digital Communications',
    practiceArea: 'Communications',
    status: 'launched',
    sponsor: 'margaret.whitfield',
    gardeners: ['aisha.rahman'],
    joinPolicy: 'open',
    rhythm: 'Monthly lunch and learn',
    rhythmDays: 31,
    domain: 'Web, social media and digital content.',
    practice: 'Content design standards, accessibility checks, social media guidelines.',
    audience: 'Web editors, social media leads and content designers.',
    tags: 'web; social media; accessibility; content design',
  },
  {
    title: 'Events Management',
    practiceArea: 'Events',
    status: 'launched',
    sponsor: 'richard.osei',
    gardeners: ['liam.obrien'],
    joinPolicy: 'approval',
    rhythm: 'Quarterly workshop',
    rhythmDays: 92,
    domain: 'Planning and delivering safe, memorable events.',
    practice: 'Risk assessments, supplier lists, event SOPs and post-event reviews.',
    audience: 'Staff who organise events of any size.',
    tags: 'events; risk assessment; suppliers',
  },
  {
    title: 'Appraisals and Inductions',
    practiceArea: 'People',
    status: 'launched',
    sponsor: 'fiona.macleod',
    gardeners: ['mei.chen'],
    joinPolicy: 'approval',
    rhythm: 'Monthly',
    rhythmDays: 31,
    domain: 'Welcoming new colleagues and meaningful appraisal conversations.',
    practice: 'Induction checklists, appraisal templates and coaching stories.',
    audience: 'Line managers and HR partners.',
    tags: 'appraisal; induction; line management',
  },
  {
    title: 'Data and Insight',
    practiceArea: 'Planning and Insight',
    status: 'launched',
    sponsor: 'anand.iyer',
    gardeners: ['daniel.novak'],
    joinPolicy: 'open',
    rhythm: 'Weekly drop-in, Wednesdays',
    rhythmDays: 7,
    domain: 'Turning institutional data into decisions.',
    practice: 'Dashboards, data definitions, SQL snippets and insight stories.',
    audience: 'Analysts and anyone who works with data.',
    tags: 'data; dashboards; Power BI; SQL',
  },
  {
    title: 'Project and Programme Management',
    practiceArea: 'Change and Projects',
    status: 'launched',
    sponsor: 'richard.osei',
    gardeners: ['sofia.rossi'],
    joinPolicy: 'open',
    rhythm: 'Monthly, last Friday',
    rhythmDays: 31,
    domain: 'Delivering projects and programmes well.',
    practice: 'Templates for business cases, RAID logs, lessons learned.',
    audience: 'Project managers, officers and sponsors.',
    tags: 'projects; PRINCE2; agile; RAID',
  },
  {
    title: 'Research and Innovation Support Network',
    practiceArea: 'Research',
    status: 'launched',
    sponsor: 'jonas.lindqvist',
    gardeners: ['yusuf.ali'],
    joinPolicy: 'approval',
    rhythm: 'Monthly insights session',
    rhythmDays: 31,
    domain: 'Supporting researchers from bid to impact.',
    practice: 'Funder guides, costing tools, impact case studies.',
    audience: 'Research support staff across the institution.',
    tags: 'research; funding; impact',
  },
  {
    title: 'Change Community Forum',
    practiceArea: 'Change and Projects',
    status: 'launched',
    sponsor: 'fiona.macleod',
    gardeners: ['chloe.dubois'],
    joinPolicy: 'open',
    rhythm: 'Every six weeks',
    rhythmDays: 42,
    domain: 'Leading people through organisational change.',
    practice: 'Change impact assessments, stakeholder maps, communication plans.',
    audience: 'Change agents and managers leading change.',
    tags: 'change management; stakeholders',
  },
  {
    title: 'Widening Participation',
    practiceArea: 'Marketing and Recruitment',
    status: 'forming',
    sponsor: 'helen.carter',
    gardeners: ['kwame.mensah'],
    joinPolicy: 'open',
    foundingTarget: 6,
    rhythm: 'Monthly (planned)',
    domain: 'Access to higher education for under-represented groups.',
    practice: 'Outreach programmes, evaluation methods, school partnerships.',
    audience: 'Outreach officers and academic colleagues.',
    tags: 'outreach; access; schools',
  },
  {
    title: 'Technical Support',
    practiceArea: 'Technical Services',
    status: 'forming',
    sponsor: 'richard.osei',
    gardeners: ['elena.petrova'],
    joinPolicy: 'open',
    foundingTarget: 6,
    rhythm: 'Monthly (planned)',
    domain: 'Technical support for teaching and research spaces.',
    practice: 'Equipment SOPs, safety inductions, fault logs.',
    audience: 'Technical support staff.',
    tags: 'labs; AV; safety',
  },
  {
    title: 'Executive and Personal Assistants',
    practiceArea: 'Administration',
    status: 'forming',
    sponsor: 'helen.carter',
    gardeners: [],
    joinPolicy: 'open',
    foundingTarget: 8,
    rhythm: 'To be agreed',
    domain: 'Supporting senior leaders effectively.',
    practice: 'Diary management tips, briefing templates, minute-taking guides.',
    audience: 'EAs and PAs.',
    tags: 'diary; minutes; briefings',
  },
  {
    title: 'Equality, Diversity and Inclusion Practitioners',
    practiceArea: 'People',
    status: 'forming',
    sponsor: 'fiona.macleod',
    gardeners: [],
    joinPolicy: 'approval',
    foundingTarget: 8,
    rhythm: 'To be agreed',
    domain: 'Embedding equality, diversity and inclusion in everyday work.',
    practice: 'Equality impact assessments, inclusive language guides.',
    audience: 'EDI leads and champions.',
    tags: 'EDI; inclusion; equality impact',
  },
  {
    title: 'Human Resources Administrators',
    practiceArea: 'People',
    status: 'forming',
    sponsor: 'fiona.macleod',
    gardeners: [],
    joinPolicy: 'open',
    foundingTarget: 8,
    rhythm: 'To be agreed',
    domain: 'Accurate, kind and efficient HR administration.',
    practice: 'Contract templates, process maps, system tips.',
    audience: 'HR administrators and assistants.',
    tags: 'HR; contracts; process',
  },
  {
    title: 'Technicians',
    practiceArea: 'Technical Services',
    status: 'forming',
    sponsor: 'jonas.lindqvist',
    gardeners: [],
    joinPolicy: 'open',
    foundingTarget: 8,
    rhythm: 'To be agreed',
    domain: 'Technical skills and careers.',
    practice: 'Skills matrices, Technician Commitment actions.',
    audience: 'Technicians in every discipline.',
    tags: 'technicians; careers; skills',
  },
  {
    title: 'Academic Administrators',
    practiceArea: 'Administration',
    status: 'forming',
    sponsor: 'helen.carter',
    gardeners: [],
    joinPolicy: 'open',
    foundingTarget: 8,
    rhythm: 'To be agreed',
    domain: 'Running programmes, assessment and student records smoothly.',
    practice: 'Assessment board guides, timetabling tips.',
    audience: 'Faculty and school administrators.',
    tags: 'assessment; timetabling; student records',
  },
];

export interface DemoResource {
  title: string;
  type: ResourceType;
  url: string;
  description: string;
  /** Days from today; negative means the review is overdue. */
  reviewInDays: number;
}

export const RESOURCE_TEMPLATES: DemoResource[] = [
  {
    title: 'Terms of reference',
    type: 'template',
    url: 'https://cophub.example/docs/terms-of-reference.docx',
    description: 'The community charter template.',
    reviewInDays: 200,
  },
  {
    title: 'How we run a session',
    type: 'SOP',
    url: 'https://cophub.example/docs/session-sop.docx',
    description: 'Standard operating procedure for our meetings.',
    reviewInDays: -20,
  },
  {
    title: 'Getting started guide',
    type: 'guide',
    url: 'https://cophub.example/docs/getting-started',
    description: 'For new members.',
    reviewInDays: 90,
  },
  {
    title: 'What worked for us',
    type: 'story',
    url: 'https://cophub.example/stories/what-worked',
    description: 'A member story.',
    reviewInDays: 300,
  },
  {
    title: 'Planning toolkit',
    type: 'tool',
    url: 'https://cophub.example/tools/planning',
    description: 'A shared planning workbook.',
    reviewInDays: -3,
  },
  {
    title: 'Last session recording',
    type: 'recording',
    url: 'https://cophub.example/stream/last-session',
    description: 'Recording of our latest session.',
    reviewInDays: 60,
  },
  { title: 'Useful reading', type: 'link', url: 'https://cophub.example/reading', description: 'A reading list.', reviewInDays: 120 },
];

export interface DemoEventSeries {
  type: EventType;
  title: string;
  rrule: string;
  /** Local start time in Europe/London. */
  hour: number;
  minutes: number;
}

export const EVENT_SERIES: DemoEventSeries[] = [
  { type: 'meeting', title: 'Community meeting', rrule: 'FREQ=MONTHLY;BYDAY=1TU', hour: 10, minutes: 60 },
  { type: 'lunch and learn', title: 'Lunch and learn', rrule: 'FREQ=MONTHLY;BYDAY=-1FR', hour: 12, minutes: 45 },
  { type: 'insights session', title: 'Insights session', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', hour: 14, minutes: 60 },
];

export const DEMO_SUGGESTIONS = [
  {
    title: 'Apprenticeship coordinators',
    description: 'An existing informal network of apprenticeship coordinators meets each term.',
    practiceArea: 'People',
    kind: 'existing network' as const,
    by: 'alex.adams',
  },
  {
    title: 'Sustainability champions',
    description: 'Green champions across departments could share practice.',
    practiceArea: 'Estates',
    kind: 'new idea' as const,
    by: 'beth.baker',
  },
  {
    title: 'Accessibility in documents',
    description: 'People making accessible documents would like to learn from each other.',
    practiceArea: 'Communications',
    kind: 'new idea' as const,
    by: 'carlos.costa',
  },
];
