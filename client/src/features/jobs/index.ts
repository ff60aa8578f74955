export { useDiscardJob, useFailedJobs, useJobsSummary, useRetryJob, useRunScheduledJob, jobsKey, type FailedJob } from './api/jobs';
