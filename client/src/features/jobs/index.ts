export { useDiscardJob, useFailedJobs, useJobsSummary, useRetryJob, jobsKey, type FailedJob } from './api/jobs';
