/**
 * R's `sleep` data (Cushny and Peebles 1905, as analysed by Student 1908): extra hours
 * of sleep of ten patients under two drugs. R's `t.test(extra ~ group, data = sleep,
 * paired = TRUE)` is the published example the paired statistics are checked against.
 */
export const SLEEP_GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
export const SLEEP_GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
/** group 1 − group 2, patient by patient */
export const SLEEP_DIFFERENCES = SLEEP_GROUP_1.map((x, i) => x - SLEEP_GROUP_2[i]);
