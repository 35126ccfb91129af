/**
 * The province's targets for a social-work station (浙江省乡镇（街道）社会工作站建设): the graph reports
 * each station against them, and the demo world (seed/world/) is generated to meet them or not.
 */

/** Provincial target: three certified social workers per station. */
export const CERTIFIED_STAFF_TARGET = 3;
