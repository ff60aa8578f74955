export { useDiscardJob, useFailedJobs, useJobsSummary, useRetryJob, useRunScheduledJob, jobsKey } from './api/jobs';
