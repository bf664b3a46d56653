// /api/org: units, employees and CSV import.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/context.js';
import {
  ZCreateEmployee,
  ZCreateUnit,
  ZEmployee,
  ZEmployeePage,
  ZEmployeeQuery,
  ZIdParams,
  ZImportBody,
  ZImportReport,
  ZUnit,
  ZUnitList,
  ZUpdateEmployee,
  ZUpdateUnit,
} from './contract.js';
import { createEmployee, getEmployee, listEmployees, updateEmployee } from './employees.js';
import { importOrgCsv } from './import.js';
import { createUnit, listUnits, updateUnit } from './units.js';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const read = { permission: 'org.read' } as const;
  const write = { permission: 'org.write' } as const;
  const tags = ['org'];

  app.get(
    '/api/org/units',
    {
      config: read,
      schema: { tags, summary: 'All units, flat, with parentId', response: { 200: ZUnitList } },
    },
    async (req) => ({
      units: await listUnits(db, actorOf(req)),
    }),
  );
  app.post(
    '/api/org/units',
    {
      config: write,
      schema: { tags, summary: 'Create a unit', body: ZCreateUnit, response: { 201: ZUnit } },
    },
    async (req, reply) => reply.status(201).send(await createUnit(db, actorOf(req), req.body)),
  );
  app.patch(
    '/api/org/units/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Rename or move a unit',
        params: ZIdParams,
        body: ZUpdateUnit,
        response: { 200: ZUnit },
      },
    },
    async (req) => updateUnit(db, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/org/employees',
    {
      config: read,
      schema: {
        tags,
        summary: 'Employees, filtered by unit and/or text, paged',
        querystring: ZEmployeeQuery,
        response: { 200: ZEmployeePage },
      },
    },
    async (req) => listEmployees(db, actorOf(req), req.query),
  );
  app.get(
    '/api/org/employees/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One employee (logged as a personal-data read)',
        params: ZIdParams,
        response: { 200: ZEmployee },
      },
    },
    async (req) => getEmployee(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/org/employees',
    {
      config: write,
      schema: { tags, summary: 'Create an employee', body: ZCreateEmployee, response: { 201: ZEmployee } },
    },
    async (req, reply) => reply.status(201).send(await createEmployee(db, actorOf(req), req.body)),
  );
  app.patch(
    '/api/org/employees/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Update or move an employee',
        params: ZIdParams,
        body: ZUpdateEmployee,
        response: { 200: ZEmployee },
      },
    },
    async (req) => updateEmployee(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/org/import',
    {
      config: { permission: 'org.import' },
      schema: {
        tags,
        summary: 'CSV import of units or employees, with a dry-run report',
        body: ZImportBody,
        response: { 200: ZImportReport },
      },
      bodyLimit: 6 * 1024 * 1024,
    },
    async (req) => importOrgCsv(db, actorOf(req), req.body),
  );
};
