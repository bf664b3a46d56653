// /api/facilities/plans: the 10-year maintenance plan scenarios (filled in with the plan job).
import type { FastifyInstance } from 'fastify';

export async function registerFacilitiesPlanRoutes(_app: FastifyInstance): Promise<void> {}
