// The Region an EC2 page works in: the URL's ?region= when it names a known Region (links and
// reloads keep it, as the console's URLs do), else the tab's last choice. The URL always ends up
// carrying it.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_EC2_REGION, ec2Region, type Ec2Region } from '@/queries/ec2-regions';
import { useEc2RegionStore } from '@/state/ec2-region-store';

export function useEc2Region(): Ec2Region {
  const [params, setParams] = useSearchParams();
  const stored = useEc2RegionStore((s) => s.region);
  const setRegion = useEc2RegionStore((s) => s.setRegion);
  const fromUrl = ec2Region(params.get('region') ?? '');
  const region = fromUrl ?? ec2Region(stored) ?? (ec2Region(DEFAULT_EC2_REGION) as Ec2Region);
  useEffect(() => {
    if (fromUrl && fromUrl.code !== stored) setRegion(fromUrl.code);
    if (!fromUrl) {
      setParams(
        (p) => {
          p.set('region', region.code);
          return p;
        },
        { replace: true },
      );
    }
  }, [fromUrl, stored, setRegion, setParams, region.code]);
  return region;
}
