/** Planning targets of the district and city plans, in one place. */
export const TARGETS = {
  /** Complete 15-minute circles in Yubei by December 2025. */
  completeCircles: 151,
  /** Share of care facilities signed with a medical institution (医养结合签约率). */
  signingShare: 1.0,
  /** Share of 养老护理员 holding a certificate by 2027. */
  certifiedCareWorkerShare: 0.6,
  /** Social workers per 1,000 older residents by 2027. */
  socialWorkersPer1000Older: 1,
  /** Social workers per 100 institution beds by 2027. */
  socialWorkersPer100Beds: 1,
  /** Days before its expiry a worker's certificate counts as expiring. */
  certificateExpiringDays: 90,
  /** Elderly-care workers in Chongqing by 2027 and by 2029 (seed 003). */
  chongqingCareWorkers2027: 25_000,
  chongqingCareWorkers2029: 30_000,
  /** Training person-times a year in Chongqing (seed 003). */
  trainingPersonTimesPerYear: 20_000,
  /** Yubei's training plan (seed 002): its year, and the care workers and institution directors to train in it. */
  yubeiTrainingPlanYear: 2025,
  yubeiCareWorkersTrained2025: 200,
  yubeiDirectorsTrained2025: 88,
  /** Days before its end an agreement counts as expiring. */
  agreementExpiringDays: 60,
} as const;
