/**
 * npm run token -- --role staff --dept culture --region 330106 [--sub u123] [--name 王芳] [--ttl 8h]
 *
 * Prints a bearer token for local use, signed with the gateway's HS256 secret (JWT_SECRET, or the
 * development secret generated under data/keys/). Deployments that verify RS256/ES256 or a JWKS issue
 * tokens from their identity provider instead.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { loadGatewayConfig } from '../gateway/config.js';
import { DEPARTMENTS, identityFromClaims, secretKey } from '../kit/identity.js';

const USAGE = `usage: npm run token -- --role staff|analyst|admin [--dept ${DEPARTMENTS.join('|')}] [--region <code>] [--sub <id>] [--name <name>] [--ttl 8h]`;

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      dept: { type: 'string' },
      region: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  if (!values.role) throw new Error('--role is required');
  const claims = {
    sub: values.sub ?? `local-${values.role}${values.dept ? `-${values.dept}` : ''}${values.region ? `-${values.region}` : ''}`,
    role: values.role,
    ...(values.name ? { name: values.name } : {}),
    ...(values.dept ? { dept: values.dept } : {}),
    ...(values.region ? { region: values.region } : {}),
  };
  identityFromClaims(claims); // the gateway's own check: a bad combination fails here, not at the gateway
  if (!/^\d+[smhd]$/.test(values.ttl))
    throw new Error(
      '--ttl: a duration such as 30m, 8h or 1d (the gateway refuses tokens living past JWT_MAX_LIFETIME_S, a day by default)',
    );
  const config = loadGatewayConfig(process.env);
  if (config.jwt.kind !== 'secret')
    throw new Error('the gateway verifies tokens with a public key or JWKS: issue tokens from that identity provider');
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(values.ttl);
  if (config.jwt.issuer) jwt = jwt.setIssuer(config.jwt.issuer);
  if (config.jwt.audience) jwt = jwt.setAudience(config.jwt.audience);
  console.log(await jwt.sign(secretKey(config.jwt.secret)));
} catch (err) {
  const issues = (err as { issues?: { path: (string | number)[]; message: string }[] }).issues;
  console.error(issues ? issues.map((i) => `${i.path.join('.') || 'claims'}: ${i.message}`).join('\n') : (err as Error).message);
  console.error(USAGE);
  process.exit(2);
}
